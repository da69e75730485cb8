package id.aduan.recaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import id.aduan.MutableClock;
import id.aduan.Staff;
import id.aduan.StartingClock;
import id.aduan.accounts.AccountManagement;
import id.aduan.accounts.AccountManagement.AccountDraft;
import id.aduan.accounts.Role;
import id.aduan.accounts.StaffAccount;
import id.aduan.accounts.StaffPrincipal;
import id.aduan.audit.AuditEntry;
import id.aduan.audit.AuditTrail;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.CatalogEditing;

/**
 * An office that installs Aduan on Friday 10 July 2026 and brings its past in: the board does not call
 * every unit late for January to June, nobody is reminded of them, a recap sent now for a month of 2023
 * is history and not "Terlambat 1.000 hari", the first month owed is the installation month until the
 * administrator chooses another, and the coordinator enters the recap of a unit that has no officer
 * account on its behalf, marked as such on the page and in the audit trail. Its own context: the
 * installation day is the clock's at start.
 */
@SpringBootTest(properties = "test.clock.start=2026-07-10T01:00:00Z")
@Import(StartingClock.class)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RecapsForThePastTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	Staff staff;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Catalog catalog;

	@Autowired
	CatalogEditing editing;

	@Autowired
	RecapBoard board;

	@Autowired
	RecapStart start;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Test
	void onAFreshInstallTheMonthsBeforeItAreNotOwedAndNobodyIsRemindedOfThem() throws Exception {
		clock.setWit("2026-09-10T10:00");
		assertThat(start.installedOn()).isEqualTo(LocalDate.of(2026, 7, 10));

		Document page = page("/staf/rekap?tahun=2026", staff.coordinator());
		assertThat(page.select("#recap-board tr[data-unit=PFM] td").eachAttr("data-kind")).containsExactly("NOT_OWED",
				"NOT_OWED", "NOT_OWED", "NOT_OWED", "NOT_OWED", "NOT_OWED", "MISSING", "MISSING", "NOT_YET_DUE");
		assertThat(page.select("#recap-board").text()).doesNotContain("lewat 2");
		assertThat(page.select("#first-month").text()).contains("Juli 2026");
		assertThat(page.select("#first-month-notice").text()).as("the board invites to confirm the first month")
			.contains("belum ditetapkan", "Juli 2026", "10 Juli 2026");

		assertThat(board.notReturned(YearMonth.of(2026, 6))).as("no reminder of a month before Aduan").isEmpty();
		assertThat(board.notReturned(YearMonth.of(2026, 7))).isNotEmpty();
	}

	@Test
	void aRecapSentNowForAMonthOf2023IsHistoryAndNotLate() throws Exception {
		clock.setWit("2026-09-11T10:00");
		StaffPrincipal officer = staff.unitOfficer("REHSOS");
		mvc.perform(post("/staf/rekap/REHSOS/2023-03/kirim").with(user(officer)).with(csrf()))
			.andExpect(redirectedUrl("/staf/rekap/REHSOS/2023-03"));

		Document recap = page("/staf/rekap/REHSOS/2023-03", staff.coordinator());
		assertThat(recap.select("#recap-state").text()).isEqualTo("Telah dikirim kepada koordinator");
		assertThat(recap.select("#recap-standing").text()).isEqualTo("Dikirim (tanpa batas waktu)");
		Document year = page("/staf/rekap?tahun=2023", staff.coordinator());
		assertThat(year.select("#recap-board tr[data-unit=REHSOS] td[data-month=2023-03]").text())
			.isEqualTo("Dikirim (tanpa batas waktu)");
		assertThat(year.select("#recap-board").text()).doesNotContain("Terlambat", "lewat");

		// Even when the office asks for every recap since January 2023, nothing of 2023 is late.
		StaffPrincipal admin = staff.admin();
		try {
			mvc.perform(post("/admin/rekap").with(user(admin)).with(csrf()).param("dueDay", "5")
				.param("_approvalRequired", "on").param("firstMonth", "2023-01")).andExpect(redirectedUrl("/admin/rekap"));
			Document owed = page("/staf/rekap?tahun=2023", staff.coordinator());
			assertThat(owed.select("#recap-board tr[data-unit=REHSOS] td[data-month=2023-03]").attr("data-kind"))
				.isEqualTo("HISTORY");
			assertThat(owed.select("#recap-board tr[data-unit=PFM] td[data-month=2023-04]").text())
				.isEqualTo("Belum dikirim (tanpa batas waktu)");
			assertThat(owed.select("#first-month-notice")).as("the administrator chose").isEmpty();
			assertThat(board.notReturned(YearMonth.of(2023, 4))).isEmpty();
		}
		finally {
			mvc.perform(post("/admin/rekap").with(user(admin)).with(csrf()).param("dueDay", "5")
				.param("_approvalRequired", "on").param("firstMonth", ""));
		}
	}

	@Test
	void theFirstMonthOwedIsTheInstallationMonthUntilTheAdministratorChoosesAnother() throws Exception {
		clock.setWit("2026-09-12T10:00");
		StaffPrincipal admin = staff.admin();
		Document settings = page("/admin/rekap", admin);
		assertThat(settings.select("input[name=firstMonth]").val()).isEqualTo("2026-07");
		assertThat(settings.select("#first-month-help").text()).contains("10 Juli 2026");
		assertThat(settings.select("#first-month-notice").text()).contains("belum pernah ditetapkan");
		try {
			mvc.perform(post("/admin/rekap").with(user(admin)).with(csrf()).param("dueDay", "5")
				.param("_approvalRequired", "on").param("firstMonth", "2026-05")).andExpect(redirectedUrl("/admin/rekap"));
			assertThat(page("/admin/rekap", admin).select("#first-month-notice")).isEmpty();
			Document owed = page("/staf/rekap?tahun=2026", staff.coordinator());
			assertThat(owed.select("#recap-board tr[data-unit=PFM] td").eachAttr("data-kind")).startsWith("NOT_OWED",
					"NOT_OWED", "NOT_OWED", "NOT_OWED", "OUTSTANDING", "OUTSTANDING", "MISSING");
			assertThat(owed.select("#first-month").text()).contains("Mei 2026");
		}
		finally {
			mvc.perform(post("/admin/rekap").with(user(admin)).with(csrf()).param("dueDay", "5")
				.param("_approvalRequired", "on").param("firstMonth", ""));
		}
		assertThat(page("/admin/rekap", admin).select("input[name=firstMonth]").val()).isEqualTo("2026-07");
	}

	@Test
	void theCoordinatorEntersTheRecapOfAUnitWithoutAnAccountOnItsBehalf() throws Exception {
		clock.setWit("2026-09-14T10:00");
		String code = "UPTBL" + System.nanoTime() % 100_000;
		long unit = editing.addUnit(new CatalogEditing.UnitDraft(code, "UPT Panti Sosial Bina Laras",
				staff.unitId("DINSOS"), null, true, 90), "admin");
		StaffPrincipal coordinator = person("Rina Wulandari", Role.COORDINATOR, staff.unitId("HUMAS"));
		String recapPage = "/staf/rekap/" + code + "/2026-08";

		Document open = page(recapPage, coordinator);
		assertThat(open.select("#on-behalf-note").text()).contains("UPT Panti Sosial Bina Laras", "atas nama unit");
		assertThat(open.select("#entry-form")).hasSize(1);
		assertThat(open.select("#submit-form")).hasSize(1);
		assertThat(page("/staf/rekap?tahun=2026", coordinator)
			.select("#recap-board tr[data-unit=" + code + "] .without-officer").text()).contains("atas nama unit");

		Document wrong = Jsoup.parse(mvc.perform(post(recapPage + "/baris").with(user(coordinator)).with(csrf())
			.param("channelId", "").param("status", "PUNGLI").param("complaints", "0"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(wrong.select("#entry-form .is-invalid").eachAttr("name")).contains("channelId", "status", "complaints");
		assertThat(entries(unit)).as("same checks as the unit's own entry, nothing stored").isZero();

		mvc.perform(post(recapPage + "/baris").with(user(coordinator)).with(csrf())
			.param("channelId", String.valueOf(channel("PHONE"))).param("status", "CLOSED").param("responseDays", "2")
			.param("complaints", "4").param("note", "Dari rekap kertas UPT")).andExpect(redirectedUrl(recapPage));
		mvc.perform(post(recapPage + "/kirim").with(user(coordinator)).with(csrf())).andExpect(redirectedUrl(recapPage));

		Document sent = page(recapPage, staff.head());
		assertThat(sent.select("#recap-state").text()).isEqualTo("Telah dikirim kepada koordinator");
		assertThat(sent.select("#recap-submitted-by").text()).contains("Rina Wulandari", "atas nama unit");
		assertThat(sent.select("#entries tbody tr .added-by").text()).isEqualTo("Rina Wulandari atas nama unit");
		assertThat(sent.select("#recap-total").text()).isEqualTo("4");
		String recapId = jdbc.sql("select id from recap where unit_id = ? and period_start = ?")
			.params(unit, LocalDate.of(2026, 8, 1)).query(Long.class).single().toString();
		assertThat(audit.forSubject("recap", recapId)).extracting(AuditEntry::actor, AuditEntry::action)
			.containsExactly(tuple("Rina Wulandari", "RECAP_ENTRY_ADDED"),
					tuple("Rina Wulandari", "RECAP_SUBMITTED"));
		assertThat(audit.forSubject("recap", recapId)).allSatisfy(
				line -> assertThat(line.detail()).contains("oleh koordinator atas nama unit UPT Panti Sosial Bina Laras"));
	}

	@Test
	void theCoordinatorDoesNotFillInTheRecapOfAUnitThatHasItsOwnOfficer() throws Exception {
		clock.setWit("2026-09-14T10:00");
		staff.unitOfficer("DAYASOS");
		StaffPrincipal coordinator = staff.coordinator();
		Document page = page("/staf/rekap/DAYASOS/2026-08", coordinator);
		assertThat(page.select("#entry-form, #submit-form, #on-behalf-note")).isEmpty();
		mvc.perform(post("/staf/rekap/DAYASOS/2026-08/kirim").with(user(coordinator)).with(csrf()))
			.andExpect(status().isForbidden());
	}

	private StaffPrincipal person(String name, Role role, Long unitId) {
		StaffAccount account = accounts
			.create(new AccountDraft("uji." + System.nanoTime() % 1_000_000, name, null, role, unitId, true))
			.account();
		return new StaffPrincipal(account.id(), account.username(), null, account.displayName(), account.role(),
				account.unitId(), true, false);
	}

	private long channel(String code) {
		return jdbc.sql("select id from channel where code = ?").param(code).query(Long.class).single();
	}

	private long entries(long unit) {
		return jdbc.sql("select count(*) from recap_entry e join recap r on r.id = e.recap_id where r.unit_id = ?")
			.param(unit).query(Long.class).single();
	}

	private Document page(String path, StaffPrincipal who) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}
}
