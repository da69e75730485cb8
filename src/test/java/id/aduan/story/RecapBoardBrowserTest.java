package id.aduan.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import id.aduan.Browser;
import id.aduan.MutableClock;
import id.aduan.StartingClock;
import id.aduan.accounts.AccountManagement;
import id.aduan.accounts.AccountManagement.AccountDraft;
import id.aduan.accounts.AccountManagement.OneTimeLogin;
import id.aduan.accounts.Actor;
import id.aduan.accounts.Role;
import id.aduan.catalog.Catalog;
import id.aduan.recaps.RecapSubmission;

/**
 * The coordinator in a real browser on Friday 10 July 2026: opens the recap board from the menu and reads
 * June (due Monday 6 July): one unit on time, one two days late, one missing; opens June's consolidation,
 * closes the month, and the board marks June closed as revision 1. A unit officer then sees only their own
 * unit's row, and opens their recap from it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "aduan.recaps.first-month=2026-06", "test.clock.start=2026-07-01T00:00:00Z" })
@Import(StartingClock.class)
@ActiveProfiles("test")
class RecapBoardBrowserTest {

	static final String PASSWORD = "Kata-sandi-uji-2026";

	static final YearMonth JUNE = YearMonth.of(2026, 6);

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Catalog catalog;

	@Autowired
	RecapSubmission recaps;

	@BeforeAll
	static void needsChromium() {
		Browser.required();
	}

	@Test
	void theCoordinatorReadsTheBoardAndClosesJune() {
		String coordinator = ready("koordinator", Role.COORDINATOR, "HUMAS");
		String linjamsos = ready("petugas.linjamsos", Role.UNIT_OFFICER, "LINJAMSOS");
		String rehsos = ready("petugas.rehsos", Role.UNIT_OFFICER, "REHSOS");
		clock.setWit("2026-07-02T10:00");
		recaps.submit(unit("LINJAMSOS"), JUNE, actor(linjamsos), Locale.forLanguageTag("id"));
		clock.setWit("2026-07-08T10:00");
		recaps.submit(unit("REHSOS"), JUNE, actor(rehsos), Locale.forLanguageTag("id"));
		clock.setWit("2026-07-10T09:00");

		try (Browser browser = Browser.open(port)) {
			browser.login(coordinator, PASSWORD);
			browser.menu("/staf/rekap");
			assertThat(browser.text("h1")).isEqualTo("Rekapitulasi Bulanan Unit Kerja");
			assertThat(cell(browser, "LINJAMSOS")).isEqualTo("Tepat waktu");
			assertThat(cell(browser, "REHSOS")).isEqualTo("Terlambat 2 hari");
			assertThat(cell(browser, "PFM")).isEqualTo("Belum dikirim (lewat 4 hari)");
			assertThat(browser.find("#recap-board tr[data-unit='PFM'] td[data-month='2026-05']").getAttribute("data-kind"))
				.as("before the first month owed").isEqualTo("NOT_OWED");
			assertThat(browser.find("#recap-board tr[data-unit='PFM'] td[data-month='2026-07']").getAttribute("data-kind"))
				.isEqualTo("NOT_YET_DUE");

			browser.click("#recap-board th[data-month='2026-06'] a");
			assertThat(browser.text("h1")).isEqualTo("Konsolidasi Juni 2026");
			assertThat(browser.text("#not-closed")).contains("belum ditutup");
			browser.click("#close-form #confirmed").submit("#close-form button");
			assertThat(browser.text(".alert-success")).contains("revisi 1");
			assertThat(browser.text("#revisions tr[data-revision='1']")).contains("Penutupan bulan", "Uji koordinator");

			browser.click("nav a[href^='/staf/rekap?tahun=2026']");
			assertThat(browser.text("#recap-board th[data-month='2026-06'] .closed-mark")).isEqualTo("Ditutup, revisi 1");
		}

		try (Browser browser = Browser.open(port)) {
			browser.login(linjamsos, PASSWORD);
			browser.menu("/staf/rekap");
			assertThat(browser.all("#recap-board tbody tr")).hasSize(1);
			browser.click("#recap-board tr[data-unit='LINJAMSOS'] td[data-month='2026-06'] a");
			assertThat(browser.text("h1")).isEqualTo("Rekapitulasi Bidang Perlindungan dan Jaminan Sosial, Juni 2026");
			assertThat(browser.text("#recap-state")).isEqualTo("Telah dikirim kepada koordinator");
			assertThat(browser.text("#closed-note")).contains("revisi 1");
		}
	}

	private static String cell(Browser browser, String unit) {
		return browser.text("#recap-board tr[data-unit='" + unit + "'] td[data-month='2026-06'] a");
	}

	private long unit(String code) {
		return catalog.unitByCode(code).orElseThrow().id();
	}

	private Actor actor(String username) {
		return accounts.findByUsername(username).orElseThrow().asActor();
	}

	private String ready(String prefix, Role role, String unitCode) {
		Long unit = catalog.unitByCode(unitCode).orElseThrow().id();
		OneTimeLogin login = accounts.create(new AccountDraft(prefix + "." + UUID.randomUUID().toString().substring(0, 6),
				"Uji " + prefix, null, role, unit, true));
		accounts.changePassword(login.account().id(), login.password(), PASSWORD, PASSWORD);
		return login.account().username();
	}
}
