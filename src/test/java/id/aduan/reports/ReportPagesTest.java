package id.aduan.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import id.aduan.AduanTest;
import id.aduan.Staff;
import id.aduan.accounts.StaffPrincipal;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceList;

/**
 * The report page and its downloads, and the dashboard, on a data set of the second semester of 2019:
 * five complaints counted (three by Instagram, two by email), one duplicate apart.
 */
@AduanTest
class ReportPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Catalog catalog;

	@BeforeEach
	void dataSet() {
		if (jdbc.sql("select count(*) from complaint where tracking_code like 'ADU-RP22-%'").query(Long.class).single() > 0) {
			return;
		}
		insert("ADU-RP22-2222", "2019-07-01", "INSTAGRAM", "CLOSED", 0);
		insert("ADU-RP22-2223", "2019-07-15", "INSTAGRAM", "CLOSED", 1);
		insert("ADU-RP22-2224", "2019-09-30", "INSTAGRAM", "ANSWERED", 3);
		insert("ADU-RP22-2225", "2019-11-11", "EMAIL", "ROUTED", null);
		insert("ADU-RP22-2226", "2019-12-31", "EMAIL", "RECEIVED", null);
		insert("ADU-RP22-2227", "2019-12-31", "EMAIL", "DUPLICATE", null);
	}

	@Test
	void theCoordinatorReadsTheSemesterReportWithEveryFigureInWordsAndShares() throws Exception {
		Document page = page("/staf/laporan?from=2019-07-01&to=2019-12-31&signedOn=2020-01-06", staff.coordinator());
		String text = page.select("#report-preview").text();

		assertThat(text).contains("PERIODE JULI SAMPAI DENGAN DESEMBER 2019",
				"telah menerima sebanyak 5 (lima) pengaduan",
				"3 (tiga) atau 60,0% pengaduan diterima melalui Instagram",
				"2 (dua) atau 40,0% pengaduan diterima melalui surat elektronik (email)",
				"1 (satu) pengaduan duplikat", "2 (dua) atau 40,0% pengaduan belum ditanggapi",
				"1 (satu) atau 20,0% pengaduan ditanggapi dalam waktu 3 (tiga) hari kerja",
				"tidak terdapat pengaduan yang menimbulkan penjatuhan sanksi", "Namrole, 6 Januari 2020",
				"NIP. 19650703 198803 1 017");
		assertThat(page.select("[data-section]").eachAttr("data-section")).containsExactly("1", "2", "2.1", "2.2", "3",
				"4", "4.1", "4.2", "4.3", "4.4", "4.5", "4.6");
		assertThat(page.select("#downloads a").eachAttr("href"))
			.anyMatch(href -> href.startsWith("/staf/laporan/unduh/xlsx?from=2019-07-01&to=2019-12-31"));
	}

	@Test
	void aReportCannotBeSignedBeforeItsPeriodEnds() throws Exception {
		Document page = page("/staf/laporan?from=2019-07-01&to=2019-12-31&signedOn=2019-12-30", staff.head());
		assertThat(page.select(".alert-danger").text())
			.contains("Laporan tidak boleh ditandatangani sebelum periodenya berakhir (31 Desember 2019).");
		assertThat(page.select("#report-preview")).isEmpty();
	}

	@Test
	void aReportCannotBeDatedInTheFuture() throws Exception {
		java.time.LocalDate tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jayapura")).plusDays(1);
		Document page = page("/staf/laporan?from=2019-07-01&to=2019-12-31&signedOn=" + tomorrow, staff.head());
		assertThat(page.select(".alert-danger").text()).contains("Tanggal penandatanganan tidak boleh sesudah hari ini");
		assertThat(page.select("#report-preview")).isEmpty();
	}

	@Test
	void aPeriodStillRunningIsReportedAsItStandsTodayAndSignedToday() throws Exception {
		java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jayapura"));
		java.time.LocalDate end = today.plusMonths(1);
		Document page = page("/staf/laporan?from=" + today.withDayOfMonth(1) + "&to=" + end, staff.head());
		String text = page.select("#report-preview").text();
		String todayText = id.aduan.language.IndonesianDates.formal(today);
		assertThat(text).contains("(KEADAAN HINGGA " + todayText.toUpperCase(java.util.Locale.forLanguageTag("id")) + ")",
				"Namrole, " + todayText, "Hingga tanggal " + todayText);
	}

	@Test
	void theSpreadsheetHasASheetPerBreakdownThatAddsUp() throws Exception {
		byte[] xlsx = mvc.perform(get("/staf/laporan/unduh/xlsx").param("from", "2019-07-01").param("to", "2019-12-31")
			.with(user(staff.head())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(
					"Laporan_Pengaduan_Dinas_Sosial_Kabupaten_Buru_Selatan_2019-07-01_2019-12-31.xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheet("Ringkasan").getRow(4).getCell(1).getNumericCellValue()).isEqualTo(5);
			for (String name : new String[] { "Saluran", "Bulan", "Kategori", "Jangka waktu tanggapan", "Satuan kerja" }) {
				Sheet sheet = workbook.getSheet(name);
				double count = 0;
				double share = 0;
				for (int r = 1; r < sheet.getLastRowNum(); r++) {
					count += sheet.getRow(r).getCell(2).getNumericCellValue();
					share += sheet.getRow(r).getCell(3).getNumericCellValue();
				}
				Row total = sheet.getRow(sheet.getLastRowNum());
				assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Jumlah");
				assertThat(total.getCell(2).getNumericCellValue()).as(name).isEqualTo(5).isEqualTo(count);
				assertThat(share).as(name).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
			}
			Sheet list = workbook.getSheet("Daftar pengaduan");
			assertThat(list.getLastRowNum()).as("all six received, the duplicate too").isEqualTo(6);
			assertThat(list.getRow(1).getCell(0).getStringCellValue()).isEqualTo("ADU-RP22-2222");
		}
	}

	@Test
	void theDashboardShowsTheSameNumbersAsTheReport() throws Exception {
		Document dashboard = page("/staf/dasbor?from=2019-07-01&to=2019-12-31", staff.head());

		assertThat(dashboard.select("#total").text()).isEqualTo("5");
		assertThat(dashboard.select("#answered").text()).isEqualTo("3");
		assertThat(dashboard.select("table[data-dimension=CHANNEL] tr").eachText())
			.containsExactly("Instagram 3 60,0%", "Surat elektronik (email) 2 40,0%");
		assertThat(dashboard.select("canvas#chart-MONTH").attr("data-counts")).isEqualTo("2|0|1|0|1|1");
	}

	@Test
	void unitOfficersAndTheHelpDeskHaveNoReportOrDashboard() throws Exception {
		StaffPrincipal officer = staff.unitOfficer("PFM");
		mvc.perform(get("/staf/laporan").with(user(officer))).andExpect(status().isForbidden());
		mvc.perform(get("/staf/dasbor").with(user(staff.helpDesk()))).andExpect(status().isForbidden());
		mvc.perform(get("/staf/laporan/unduh/xlsx?from=2019-07-01&to=2019-12-31").with(user(officer)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/staf/laporan/unduh/exe?from=2019-07-01&to=2019-12-31").with(user(staff.head())))
			.andExpect(status().isNotFound());
	}

	private Document page(String path, StaffPrincipal who) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	private void insert(String code, String receivedOn, String channel, String status, Integer firstAnswerDays) {
		LocalDate day = LocalDate.parse(receivedOn);
		jdbc.sql("""
				insert into complaint (tracking_code, version, received_at, received_on, registered_at, channel_id,
				       anonymous, confidential, title, description, status, first_answer_days, current_stage, paused_days)
				values (?, 0, ?, ?, ?, ?, false, false, 'Laporan', 'Data laporan', ?, ?, 'DONE', 0)""")
			.params(code, OffsetDateTime.of(day.atTime(1, 0), ZoneOffset.UTC), day,
					OffsetDateTime.of(day.atTime(1, 0), ZoneOffset.UTC),
					catalog.itemByCode(ReferenceList.CHANNEL, channel).orElseThrow().id(), status, firstAnswerDays)
			.update();
	}
}
