package id.aduan.recaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import id.aduan.AduanTest;
import id.aduan.Staff;
import id.aduan.accounts.AccountManagement;
import id.aduan.accounts.AccountManagement.AccountDraft;
import id.aduan.accounts.Role;
import id.aduan.accounts.StaffPrincipal;
import id.aduan.audit.AuditTrail;

/**
 * The recap pages as their users meet them: a unit's recap is its own officers' (others are told it does
 * not exist), a wrong line is answered field by field and nothing is stored, only the coordinator closes
 * and revises a month, and every change lands in the audit trail. Months of 2019 and 2015, each test its
 * own unit or month, so that the shared database does not couple the tests.
 */
@AduanTest
class RecapPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail audit;

	@Autowired
	AccountManagement accounts;

	@Test
	void anOfficerSeesTheirOwnUnitsRecapAndNoOtherUnits() throws Exception {
		StaffPrincipal officer = staff.unitOfficer("SEKRETARIAT");
		Document own = page("/staf/rekap/SEKRETARIAT/2019-05", officer);
		assertThat(own.select("h1").text()).isEqualTo("Rekapitulasi Sekretariat, Mei 2019");
		assertThat(own.select("#entry-form")).hasSize(1);
		assertThat(own.select("#submit-form")).hasSize(1);

		mvc.perform(get("/staf/rekap/REHSOS/2019-05").with(user(officer))).andExpect(status().isNotFound());
		mvc.perform(post("/staf/rekap/REHSOS/2019-05/kirim").with(user(officer)).with(csrf()))
			.andExpect(status().isNotFound());
		Document board = page("/staf/rekap?tahun=2019", officer);
		assertThat(board.select("#recap-board tbody tr").eachAttr("data-unit")).containsExactly("SEKRETARIAT");

		mvc.perform(get("/staf/rekap").with(user(staff.helpDesk()))).andExpect(status().isForbidden());
		mvc.perform(get("/staf/rekap/SEKRETARIAT/2099-01").with(user(officer))).andExpect(status().isNotFound());
		mvc.perform(get("/staf/rekap/SEKRETARIAT/bulan-mei").with(user(officer))).andExpect(status().isNotFound());
		mvc.perform(get("/staf/rekap/TIDAKADA/2019-05").with(user(officer))).andExpect(status().isNotFound());
	}

	@Test
	void aWrongLineIsAnsweredFieldByFieldAndNothingIsStored() throws Exception {
		StaffPrincipal officer = staff.unitOfficer("HUMAS");
		String answer = mvc.perform(post("/staf/rekap/HUMAS/2019-06/baris").with(user(officer)).with(csrf())
			.param("channelId", "")
			.param("status", "PUNGLI")
			.param("responseDays", "dua")
			.param("complaints", "-3"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Document page = Jsoup.parse(answer);
		assertThat(page.select("#entry-form .is-invalid").eachAttr("name")).contains("channelId", "status",
				"responseDays", "complaints");
		assertThat(page.select("#entry-form .invalid-feedback").eachText()).contains("Saluran wajib dipilih.",
				"Status wajib dipilih: sedang ditindaklanjuti, telah ditanggapi atau selesai.",
				"Jumlah pengaduan diisi dengan bilangan bulat 1 sampai 100.000.");
		assertThat(entries("HUMAS", "2019-06")).isZero();

		mvc.perform(post("/staf/rekap/HUMAS/2019-06/baris").with(user(officer)).with(csrf())
			.param("channelId", String.valueOf(channel("PHONE")))
			.param("status", "CLOSED")
			.param("responseDays", "1")
			.param("complaints", "2")
			.param("note", "Telepon ke nomor kantor")).andExpect(redirectedUrl("/staf/rekap/HUMAS/2019-06"));
		assertThat(entries("HUMAS", "2019-06")).isEqualTo(1);
		assertThat(audit.forSubject("recap", recapId("HUMAS", "2019-06")))
			.anyMatch(entry -> entry.action().equals("RECAP_ENTRY_ADDED"));
	}

	@Test
	void theCoordinatorSendsARecapBackWithANoteAndTheUnitMustReturnItAgain() throws Exception {
		StaffPrincipal officer = staff.unitOfficer("DATIN");
		StaffPrincipal coordinator = staff.coordinator();
		mvc.perform(post("/staf/rekap/DATIN/2019-07/kirim").with(user(officer)).with(csrf()))
			.andExpect(redirectedUrl("/staf/rekap/DATIN/2019-07"));
		Document submitted = page("/staf/rekap/DATIN/2019-07", coordinator);
		assertThat(submitted.select("#recap-state").text()).isEqualTo("Telah dikirim kepada koordinator");
		assertThat(submitted.select("#recap-standing").text()).as("July 2019 was due long before Aduan was installed")
			.isEqualTo("Dikirim (tanpa batas waktu)");

		mvc.perform(post("/staf/rekap/DATIN/2019-07/kembalikan").with(user(coordinator)).with(csrf()).param("note", " "))
			.andExpect(status().isOk());
		mvc.perform(post("/staf/rekap/DATIN/2019-07/kembalikan").with(user(coordinator)).with(csrf())
			.param("note", "Pengaduan melalui surat bulan Juli belum dimasukkan.")).andExpect(status().is3xxRedirection());
		Document back = page("/staf/rekap/DATIN/2019-07", officer);
		assertThat(back.select("#recap-state").text()).isEqualTo("Draf, belum dikirim");
		assertThat(back.select("#sent-back-note").text()).contains("Pengaduan melalui surat bulan Juli belum dimasukkan.");
		assertThat(back.select("#recap-standing").text()).as("before the first month owed").isEqualTo("Tidak wajib");

		mvc.perform(post("/staf/rekap/DATIN/2019-07/kembalikan").with(user(officer)).with(csrf())
			.param("note", "Saya kembalikan sendiri")).andExpect(status().isConflict());
	}

	@Test
	void onlyTheCoordinatorClosesAndRevisesAMonthAndARevisionNeedsAReason() throws Exception {
		StaffPrincipal coordinator = staff.coordinator();
		StaffPrincipal officer = staff.unitOfficer("TAGANA");
		mvc.perform(post("/staf/rekap/bulan/2015-02/tutup").with(user(officer)).with(csrf()).param("confirmed", "true"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/staf/rekap/bulan/2015-02").with(user(officer))).andExpect(status().isForbidden());
		mvc.perform(post("/staf/rekap/bulan/2015-02/revisi").with(user(coordinator)).with(csrf()).param("note", "Salah"))
			.andExpect(status().isConflict());

		Document unconfirmed = Jsoup.parse(mvc.perform(post("/staf/rekap/bulan/2015-02/tutup").with(user(coordinator))
			.with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(unconfirmed.select("#confirmed-error").text()).startsWith("Centang pernyataan ini");
		assertThat(unconfirmed.select("#close-form label[for=confirmed]").text())
			.contains("angka resmi Februari 2015 dibekukan sebagai revisi 1");
		assertThat(unconfirmed.select("#close-checklist #check-due").text()).contains("telah lewat");
		assertThat(audit.forSubject("recap_month", YearMonth.of(2015, 2).toString())).as("nothing closed").isEmpty();

		mvc.perform(post("/staf/rekap/bulan/2015-02/tutup").with(user(coordinator)).with(csrf()).param("confirmed", "true"))
			.andExpect(redirectedUrl("/staf/rekap/bulan/2015-02"));
		mvc.perform(post("/staf/rekap/bulan/2015-02/tutup").with(user(coordinator)).with(csrf()).param("confirmed", "true"))
			.andExpect(status().isConflict());
		Document empty = Jsoup.parse(mvc.perform(post("/staf/rekap/bulan/2015-02/revisi").with(user(coordinator))
			.with(csrf()).param("note", "")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(empty.select("#revise-form .invalid-feedback").text()).isNotEmpty();
		mvc.perform(post("/staf/rekap/bulan/2015-02/revisi").with(user(coordinator)).with(csrf())
			.param("note", "Rekapitulasi Tagana dikirim terlambat")).andExpect(status().is3xxRedirection());

		Document month = page("/staf/rekap/bulan/2015-02", staff.head());
		assertThat(month.select("#revisions tbody tr").eachAttr("data-revision")).containsExactly("1", "2");
		assertThat(month.select("#revisions tr[data-revision=2]").text()).contains("Rekapitulasi Tagana dikirim terlambat");
		assertThat(month.select("#close-form, #revise-form")).as("the head reads only").isEmpty();
		Document dashboard = page("/staf/dasbor?from=2015-01-01&to=2015-12-31", staff.head());
		assertThat(dashboard.select("#frozen-months").text()).contains("Februari 2015 (revisi 2)");
		assertThat(audit.forSubject("recap_month", YearMonth.of(2015, 2).toString()))
			.extracting(entry -> entry.action()).containsExactly("MONTH_CLOSED", "MONTH_REVISED");
	}

	@Test
	void theUnitsHeadIsChosenAmongEveryActiveAccountOfTheUnitNotOnlyItsSubmitter() throws Exception {
		StaffPrincipal submitter = staff.unitOfficer("PFM");
		StaffPrincipal colleague = staff.unitOfficer("PFM");
		long pfm = staff.unitId("PFM");
		long kabid = accounts.create(new AccountDraft("kabid.pfm." + java.util.UUID.randomUUID().toString().substring(0, 6),
				"Kepala Bidang PFM", null, Role.HEAD, pfm, true)).account().id();
		StaffPrincipal elsewhere = staff.unitOfficer("REHSOS");

		Document page = page("/staf/rekap/PFM/2019-04", staff.coordinator());
		assertThat(page.select("#head-form select[name=headId] option").eachAttr("value"))
			.contains(String.valueOf(submitter.id()), String.valueOf(colleague.id()), String.valueOf(kabid))
			.doesNotContain(String.valueOf(elsewhere.id()));
		assertThat(page.select("#head-form label[for=headId]").text()).isEqualTo("Akun kepala unit");

		mvc.perform(post("/staf/rekap/PFM/2019-04/kepala").with(user(staff.coordinator())).with(csrf())
			.param("headId", String.valueOf(kabid))).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select account_id from recap_unit_head where unit_id = ?").param(pfm).query(Long.class).single())
			.isEqualTo(kabid);
		Document refused = Jsoup.parse(mvc.perform(post("/staf/rekap/PFM/2019-04/kepala").with(user(staff.coordinator()))
			.with(csrf()).param("headId", String.valueOf(elsewhere.id()))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(refused.select("#head-form .invalid-feedback").text()).isNotEmpty();
	}

	@Test
	void aRecapCannotBeSubmittedBeforeItsMonthIsOver() throws Exception {
		StaffPrincipal officer = staff.unitOfficer("DAYASOS");
		String now = YearMonth.now().toString();
		mvc.perform(post("/staf/rekap/DAYASOS/" + now + "/kirim").with(user(officer)).with(csrf()))
			.andExpect(status().isConflict());
	}

	private Document page(String path, StaffPrincipal who) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(user(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private long channel(String code) {
		return jdbc.sql("select id from channel where code = ?").param(code).query(Long.class).single();
	}

	private String recapId(String unit, String month) {
		return String.valueOf(jdbc.sql("select r.id from recap r join work_unit u on u.id = r.unit_id where u.code = ? and r.period_start = ?")
			.params(unit, YearMonth.parse(month).atDay(1))
			.query(Long.class)
			.single());
	}

	private long entries(String unit, String month) {
		return jdbc.sql("""
				select count(*) from recap_entry e join recap r on r.id = e.recap_id join work_unit u on u.id = r.unit_id
				where u.code = ? and r.period_start = ?""")
			.params(unit, YearMonth.parse(month).atDay(1))
			.query(Long.class)
			.single();
	}
}
