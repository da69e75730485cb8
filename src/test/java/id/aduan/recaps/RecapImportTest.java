package id.aduan.recaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import id.aduan.AduanTest;
import id.aduan.BrowserSession;
import id.aduan.Staff;
import id.aduan.accounts.StaffPrincipal;

/**
 * The recap spreadsheet, as a unit fills it: the form is downloaded from Aduan, filled with POI the way a
 * person fills it in Excel, and uploaded on the recap page. A good one imports every row (and importing it
 * again replaces, not doubles); a bad one imports nothing and the page lists every problem, by sheet, row
 * and column, in Indonesian. Each test uses its own unit and month of 2025.
 */
@AduanTest
class RecapImportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aGoodFormImportsEveryRowAndImportingAgainReplacesIt() throws Exception {
		StaffPrincipal officer = staff.unitOfficer("DAYASOS");
		byte[] form = fill(template(officer, "DAYASOS", "2025-10"), sheet -> {
			row(sheet, 6, "X", "BANSOS", "A", "L01", "SELESAI", 1, 3, "Pesan langsung di akun X");
			row(sheet, 7, "walk_in", null, null, null, "proses", null, 2, null);
			row(sheet, 8, "PHONE", "DATA", null, null, "DITANGGAPI", 0, 4, null);
		});

		Document page = upload(officer, "DAYASOS", "2025-10", form);
		assertThat(page.select("#import-problems")).isEmpty();
		assertThat(page.select("#entries tbody tr")).hasSize(3);
		assertThat(page.select("#entries tbody tr").eachText()).anyMatch(row -> row.contains("Pesan langsung"))
			.allMatch(row -> row.endsWith("Impor " + officer.displayName() + " Hapus"));
		assertThat(page.select("#recap-total").text()).isEqualTo("9");
		assertThat(page.select("#import-result").text())
			.isEqualTo("Formulir diimpor: 3 baris, 9 pengaduan di luar Aduan; 0 baris dari impor sebelumnya diganti.");

		page = upload(officer, "DAYASOS", "2025-10", form);
		assertThat(page.select("#entries tbody tr")).as("replaced, not doubled").hasSize(3);
		assertThat(page.select("#import-result").text()).contains("3 baris dari impor sebelumnya diganti");
		assertThat(entries("DAYASOS", "2025-10")).isEqualTo(3);
	}

	@Test
	void aFormWithWrongCellsImportsNothingAndNamesEveryProblem() throws Exception {
		StaffPrincipal officer = staff.unitOfficer("REHSOS");
		byte[] form = fill(template(officer, "REHSOS", "2025-09"), sheet -> {
			row(sheet, 6, "FAX", "BANSOS", null, null, "SELESAI", 1, 2, null);
			row(sheet, 7, "EMAIL", "ZZZ", "Q", "L99", "SELESAI", null, 1, null);
			row(sheet, 8, "EMAIL", null, null, null, "SELESAI", null, -2, null);
			row(sheet, 9, "EMAIL", null, null, null, "SELESAI", null, "tiga", null);
			row(sheet, 10, "EMAIL", null, null, null, "BELUM", 1.5, 1, null);
			row(sheet, 11, null, null, null, null, null, null, 1, null);
		});

		Document page = upload(officer, "REHSOS", "2025-09", form);
		assertThat(problems(page)).containsExactly(
				"Lembar Rekapitulasi, baris 7, kolom B: saluran \"FAX\" tidak dikenal; gunakan kode saluran dari lembar Kode.",
				"Lembar Rekapitulasi, baris 8, kolom C: kategori \"ZZZ\" tidak dikenal; gunakan kode kategori dari lembar Kode atau kosongkan.",
				"Lembar Rekapitulasi, baris 8, kolom D: bentuk pengaduan \"Q\" tidak dikenal; gunakan kode bentuk dari lembar Kode atau kosongkan.",
				"Lembar Rekapitulasi, baris 8, kolom E: layanan \"L99\" tidak dikenal; gunakan kode layanan dari lembar Kode atau kosongkan.",
				"Lembar Rekapitulasi, baris 9, kolom H: -2 bernilai negatif; tulis bilangan bulat 0 atau lebih.",
				"Lembar Rekapitulasi, baris 10, kolom H: \"tiga\" bukan angka; tulis bilangan bulat, misalnya 3.",
				"Lembar Rekapitulasi, baris 11, kolom F: status \"BELUM\" tidak dikenal; tulis PROSES, DITANGGAPI atau SELESAI.",
				"Lembar Rekapitulasi, baris 11, kolom G: 1.5 bukan bilangan bulat; tulis tanpa pecahan.",
				"Lembar Rekapitulasi, baris 12, kolom B: Kode saluran wajib diisi.",
				"Lembar Rekapitulasi, baris 12, kolom F: Status wajib diisi.");
		assertThat(entries("REHSOS", "2025-09")).isZero();
	}

	@Test
	void aFormOfAnotherUnitAndMonthWhoseTotalDoesNotAddUpImportsNothing() throws Exception {
		StaffPrincipal officer = staff.unitOfficer("PFM");
		byte[] form = fill(template(officer, "PFM", "2025-08"), sheet -> {
			sheet.getRow(1).getCell(1).setCellValue("DAYASOS");
			sheet.getRow(2).getCell(1).setCellValue("2025-07");
			row(sheet, 6, "EMAIL", "BANSOS", null, "L09", "SELESAI", 2, 2, null);
			row(sheet, 7, "LAPOR", "BANSOS", null, "L09", "PROSES", null, 3, null);
			Row total = sheet.getRow(56);
			total.createCell(7).setCellValue(7);
		});

		Document page = upload(officer, "PFM", "2025-08", form);
		assertThat(problems(page)).containsExactly(
				"Lembar Rekapitulasi, baris 2, kolom B: kode unit kerja \"DAYASOS\" bukan unit ini; seharusnya PFM.",
				"Lembar Rekapitulasi, baris 3, kolom B: bulan \"2025-07\" bukan bulan rekapitulasi ini; seharusnya 2025-08 (tahun-bulan).",
				"Lembar Rekapitulasi, baris 57, kolom H: JUMLAH tertulis 7, padahal jumlah seluruh baris 5; perbaiki baris atau jumlahnya.");
		assertThat(entries("PFM", "2025-08")).isZero();
	}

	@Test
	void aFileThatIsNotTheRecapFormIsRefusedWithWhatToDo() throws Exception {
		StaffPrincipal officer = staff.unitOfficer("DATIN");
		Document text = upload(officer, "DATIN", "2025-07", "Rekap bulan Juli: 3 pengaduan".getBytes(StandardCharsets.UTF_8));
		assertThat(problems(text)).containsExactly(
				"Berkas tidak dapat dibaca sebagai lembar kerja Excel (XLSX); unduh formulir rekapitulasi, isi, lalu simpan sebagai .xlsx.");

		ByteArrayOutputStream other = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("JUMLAH");
			workbook.write(other);
		}
		assertThat(problems(upload(officer, "DATIN", "2025-07", other.toByteArray()))).containsExactly(
				"Berkas tidak memuat lembar \"Rekapitulasi\"; gunakan formulir rekapitulasi yang diunduh dari Aduan.");

		byte[] noTotal = fill(template(officer, "DATIN", "2025-07"), sheet -> {
			row(sheet, 6, "EMAIL", null, null, null, "SELESAI", null, 1, null);
			sheet.removeRow(sheet.getRow(56));
		});
		assertThat(problems(upload(officer, "DATIN", "2025-07", noTotal))).containsExactly(
				"Lembar Rekapitulasi, baris 7, kolom A: baris JUMLAH tidak ditemukan; tulis JUMLAH pada kolom A di bawah baris terakhir dan jumlah seluruh baris pada kolom H.");
		assertThat(entries("DATIN", "2025-07")).isZero();
	}

	@Test
	void aFormWhoseHeadingRowWasTypedOverIsRefusedInsteadOfImportingNothing() throws Exception {
		StaffPrincipal officer = staff.unitOfficer("TAGANA");
		byte[] form = fill(template(officer, "TAGANA", "2025-05"), sheet -> {
			Row header = sheet.getRow(5);
			header.getCell(1).setCellValue("WHATSAPP");
			header.getCell(7).setCellValue(4);
			row(sheet, 6, "EMAIL", null, null, null, "SELESAI", null, 1, null);
		});

		Document page = upload(officer, "TAGANA", "2025-05", form);
		assertThat(problems(page)).containsExactly(
				"Lembar Rekapitulasi, baris 6, kolom B: judul kolom \"WHATSAPP\" bukan judul formulir; seharusnya \"Kode saluran\". Gunakan formulir rekapitulasi yang diunduh dari Aduan tanpa mengubah baris judulnya.",
				"Lembar Rekapitulasi, baris 6, kolom H: judul kolom \"4\" bukan judul formulir; seharusnya \"Jumlah pengaduan\". Gunakan formulir rekapitulasi yang diunduh dari Aduan tanpa mengubah baris judulnya.");
		assertThat(page.select("#import-result")).isEmpty();
		assertThat(entries("TAGANA", "2025-05")).isZero();
	}

	@Test
	void theFormNamesTheUnitAndMonthAndListsEveryCode() throws Exception {
		StaffPrincipal officer = staff.unitOfficer("TAGANA");
		byte[] form = template(officer, "TAGANA", "2025-06");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(form))) {
			Sheet sheet = workbook.getSheet("Rekapitulasi");
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("TAGANA");
			assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("2025-06");
			assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("Juni 2025");
			assertThat(sheet.getRow(5).getCell(7).getStringCellValue()).isEqualTo("Jumlah pengaduan");
			assertThat(sheet.getRow(56).getCell(0).getStringCellValue()).isEqualTo("JUMLAH");
			List<String> codes = new java.util.ArrayList<>();
			workbook.getSheet("Kode").forEach(row -> codes.add(row.getCell(0).getStringCellValue()));
			assertThat(codes).contains("Saluran", "WALK_IN", "Kategori", "BANSOS", "Layanan", "L44", "Status", "SELESAI");
		}
	}

	private byte[] template(StaffPrincipal officer, String unit, String month) throws Exception {
		return mvc.perform(get("/staf/rekap/{u}/{m}/formulir.xlsx", unit, month).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					org.hamcrest.Matchers.containsString("Rekap_Pengaduan_" + unit + "_" + month + ".xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private Document upload(StaffPrincipal officer, String unit, String month, byte[] file) throws Exception {
		MockMultipartFile part = new MockMultipartFile("file", "rekap.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file);
		// One browser session across the upload and the page it leads to, which reads the result from the session.
		BrowserSession session = new BrowserSession();
		var result = mvc.perform(multipart("/staf/rekap/{u}/{m}/impor", unit, month).file(part).with(user(officer))
			.with(csrf()).with(session)).andDo(session).andReturn();
		if (result.getResponse().getStatus() == 302) {
			String next = result.getResponse().getRedirectedUrl();
			return Jsoup.parse(mvc.perform(get(next).with(user(officer)).with(session))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private static List<String> problems(Document page) {
		return page.select("#import-problems li").stream().map(Element::text).toList();
	}

	private long entries(String unit, String month) {
		return jdbc.sql("""
				select count(*) from recap_entry e join recap r on r.id = e.recap_id join work_unit u on u.id = r.unit_id
				where u.code = ? and r.period_start = ?""")
			.params(unit, java.time.YearMonth.parse(month).atDay(1))
			.query(Long.class)
			.single();
	}

	private static byte[] fill(byte[] template, java.util.function.Consumer<Sheet> filling) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			filling.accept(workbook.getSheet("Rekapitulasi"));
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** Writes a row as a person types it: numbers as numbers, text as text, empty cells left alone. */
	private static void row(Sheet sheet, int index, Object... values) {
		Row row = sheet.getRow(index) == null ? sheet.createRow(index) : sheet.getRow(index);
		for (int i = 0; i < values.length; i++) {
			Object value = values[i];
			if (value instanceof Number number) {
				row.createCell(i + 1).setCellValue(number.doubleValue());
			}
			else if (value != null) {
				row.createCell(i + 1).setCellValue(value.toString());
			}
		}
	}
}
