package id.aduan.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.aduan.AduanTest;
import id.aduan.Staff;
import id.aduan.accounts.StaffPrincipal;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceList;

/**
 * The coordinator records sanctions and edits the report's texts; the report of the period carries
 * both, without the sanctioned employee's name. Data: one complaint of March 2017, ADU-SK27-2222.
 */
@AduanTest
class SanctionAndTextPagesTest {

	static final String CODE = "ADU-SK27-2222";

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Catalog catalog;

	@Autowired
	ReportSettings settings;

	@BeforeEach
	void complaint() {
		if (jdbc.sql("select count(*) from complaint where tracking_code = ?").param(CODE).query(Long.class).single() > 0) {
			return;
		}
		LocalDate day = LocalDate.of(2017, 3, 6);
		OffsetDateTime at = OffsetDateTime.of(day.atTime(2, 0), ZoneOffset.UTC);
		jdbc.sql("""
				insert into complaint (tracking_code, version, received_at, received_on, registered_at, channel_id,
				       anonymous, confidential, title, description, status, current_stage, paused_days)
				values (?, 0, ?, ?, ?, ?, false, false, 'Pungutan liar', 'Petugas meminta uang', 'CLOSED', 'DONE', 0)""")
			.params(CODE, at, day, at, catalog.itemByCode(ReferenceList.CHANNEL, "EMAIL").orElseThrow().id())
			.update();
	}

	@Test
	void aRecordedSanctionIsInTheReportWithoutTheEmployeesName() throws Exception {
		StaffPrincipal coordinator = staff.coordinator();
		mvc.perform(sanction(coordinator).param("trackingCode", CODE.toLowerCase())
			.param("unitId", String.valueOf(staff.unitId("PFM")))
			.param("kind", "WRITTEN_WARNING")
			.param("imposedOn", "2017-05-02")
			.param("decreeNumber", "800/27/V/2017")
			.param("person", "Yohanis Latuconsina")
			.param("note", "Hukuman disiplin ringan")).andExpect(status().is3xxRedirection());

		Document list = page("/staf/sanksi", staff.head());
		assertThat(list.select("#sanctions tr[data-code=" + CODE + "]").text()).contains("Teguran tertulis",
				"800/27/V/2017", "Yohanis Latuconsina", "Hukuman disiplin ringan");
		assertThat(list.select("#sanction-form")).as("the head reads, the coordinator records").isEmpty();
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'SANCTION_RECORDED' and actor = ?")
			.param(coordinator.displayName()).query(Long.class).single()).isEqualTo(1);

		String report = page("/staf/laporan?from=2017-01-01&to=2017-06-30", coordinator).select("#report-preview").text();
		assertThat(report).contains("dijatuhkan 1 (satu) sanksi",
				"Teguran tertulis pada Bidang Penanganan Fakir Miskin, 2 Mei 2017, keputusan nomor 800/27/V/2017 (pengaduan "
						+ CODE + ")")
			.doesNotContain("Yohanis");
	}

	@Test
	void aWrongSanctionNamesEveryFieldToFixAndStoresNothing() throws Exception {
		Document page = Jsoup.parse(mvc.perform(sanction(staff.coordinator()).param("trackingCode", "ADU-ZZZZ-ZZZZ")
			.param("unitId", "")
			.param("kind", "")
			.param("imposedOn", "kemarin")
			.param("decreeNumber", " ")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

		assertThat(page.select("#trackingCode ~ .invalid-feedback").text())
			.isEqualTo("Kode pelacakan pengaduan tidak ditemukan.");
		assertThat(page.select("#unitId ~ .invalid-feedback").text()).isNotBlank();
		assertThat(page.select("#kind ~ .invalid-feedback").text()).isEqualTo("Pilih jenis sanksi.");
		assertThat(page.select("#imposedOn ~ .invalid-feedback").text()).isNotBlank();
		assertThat(page.select("#decreeNumber ~ .invalid-feedback").text()).isNotBlank();
		assertThat(page.select("#trackingCode").val()).as("what was typed stays").isEqualTo("ADU-ZZZZ-ZZZZ");

		Document early = Jsoup.parse(mvc.perform(sanction(staff.coordinator()).param("trackingCode", CODE)
			.param("unitId", String.valueOf(staff.unitId("PFM")))
			.param("kind", "ORAL_WARNING")
			.param("imposedOn", "2017-03-01")
			.param("decreeNumber", "800/1/2017")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
		assertThat(early.select("#imposedOn ~ .invalid-feedback").text())
			.isEqualTo("Tanggal penjatuhan sanksi tidak boleh sebelum pengaduan diterima (6 Maret 2017).");
		assertThat(jdbc.sql("select count(*) from sanction s join complaint c on c.id = s.complaint_id where c.tracking_code = ? and s.kind = 'ORAL_WARNING'")
			.param(CODE).query(Long.class).single()).isZero();
	}

	@Test
	void onlyTheCoordinatorRecordsAndOnlyCoordinatorAndHeadSeeSanctions() throws Exception {
		mvc.perform(get("/staf/sanksi").with(user(staff.unitOfficer("PFM")))).andExpect(status().isForbidden());
		mvc.perform(get("/staf/sanksi").with(user(staff.helpDesk()))).andExpect(status().isForbidden());
		mvc.perform(sanction(staff.head()).param("trackingCode", CODE)).andExpect(status().isForbidden());
	}

	@Test
	void theCoordinatorRewordsTheReportAndAnEmptyTextIsRefused() throws Exception {
		StaffPrincipal coordinator = staff.coordinator();
		ReportSettings.Texts before = settings.current();
		try {
			Document refused = Jsoup.parse(mvc.perform(post("/staf/laporan/teks").with(user(coordinator)).with(csrf())
				.param("generalText", "  ")
				.param("mechanismText", before.mechanismText())
				.param("closingText", "Penutup baru yang tidak boleh tersimpan.")).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString());
			assertThat(refused.select("#generalText ~ .invalid-feedback").text()).isNotBlank();
			assertThat(refused.select("#closingText").text()).isEqualTo("Penutup baru yang tidak boleh tersimpan.");
			assertThat(settings.current()).isEqualTo(before);

			mvc.perform(post("/staf/laporan/teks").with(user(coordinator)).with(csrf())
				.param("generalText", "Paragraf pertama gambaran umum.\n\nParagraf kedua gambaran umum.")
				.param("mechanismText", before.mechanismText())
				.param("closingText", "Demikian laporan ini disampaikan untuk dipergunakan sebagaimana mestinya.")
				.param("listZeroItems", "true")).andExpect(status().is3xxRedirection());

			Document report = page("/staf/laporan?from=2017-01-01&to=2017-06-30", staff.head());
			assertThat(report.select("[data-section=1] p").eachText()).containsExactly("Paragraf pertama gambaran umum.",
					"Paragraf kedua gambaran umum.");
			assertThat(report.select("#report-preview").text())
				.contains("Demikian laporan ini disampaikan untuk dipergunakan sebagaimana mestinya.")
				.contains("0 (nol) atau 0,0% pengaduan diterima melalui Instagram");
			assertThat(page("/staf/laporan/teks", coordinator).select("#last-change").text())
				.startsWith("Terakhir diubah oleh " + coordinator.displayName());
			mvc.perform(get("/staf/laporan/teks").with(user(staff.head()))).andExpect(status().isForbidden());
		}
		finally {
			jdbc.sql("update report_setting set general_text = ?, closing_text = ?, list_zero_items = ? where id = 1")
				.params(before.generalText(), before.closingText(), before.listZeroItems())
				.update();
		}
	}

	private MockHttpServletRequestBuilder sanction(StaffPrincipal who) {
		return post("/staf/sanksi").with(user(who)).with(csrf());
	}

	private Document page(String path, StaffPrincipal who) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}
}
