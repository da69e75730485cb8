package id.aduan.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
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
import id.aduan.catalog.ReferenceList;
import id.aduan.complaints.Arrival;
import id.aduan.complaints.Classification;
import id.aduan.complaints.Complainant;
import id.aduan.complaints.ComplaintHandling;
import id.aduan.complaints.ComplaintQueries;
import id.aduan.complaints.ComplaintRegistration;
import id.aduan.complaints.InboxQuery;
import id.aduan.complaints.Matter;
import id.aduan.complaints.NewComplaint;
import id.aduan.complaints.TrackingCode;

/**
 * The staff workspace and the public pages in one real browser, for every role, on a laptop (1280×800)
 * and a phone (390×844): nothing scrolls sideways, every menu item can be reached (in the open bar, in a
 * dropdown, behind the phone's toggler), and axe-core finds no serious or critical WCAG 2.1 AA problem on
 * any page a role opens from its menu. The keyboard alone submits a complaint; the browser's own checks
 * speak Indonesian; an administrator sent to the inbox is told where to go; and the coordinator cannot
 * close June before its due date, then closes it after confirming what gets frozen.
 * Friday 3 July 2026 at first: June is over, its recaps are due on Monday 6 July.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "aduan.recaps.first-month=2026-06", "test.clock.start=2026-07-03T00:00:00Z" })
@Import(StartingClock.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkspaceBrowserTest {

	static final String PASSWORD = "Kata-sandi-uji-2026";

	static final int[][] SIZES = { { 1280, 800 }, { 390, 844 } };

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Catalog catalog;

	@Autowired
	ComplaintRegistration registration;

	@Autowired
	ComplaintHandling handling;

	@Autowired
	ComplaintQueries queries;

	Browser browser;

	/** Each role's login (none for the public), and the pages it opens besides its menu. */
	final Map<String, String> logins = new LinkedHashMap<>();

	long complaint;

	@BeforeAll
	void openOneBrowserForTheClass() {
		Browser.required();
		clock.setWit("2026-07-03T09:00");
		logins.put("PUBLIC", null);
		for (Role role : List.of(Role.HELPDESK, Role.COORDINATOR, Role.UNIT_OFFICER, Role.HEAD, Role.ADMIN)) {
			logins.put(role.name(), ready(role.name().toLowerCase(), role, role == Role.UNIT_OFFICER ? "LINJAMSOS" : null));
		}
		complaint = routedComplaint();
		browser = Browser.open(port);
	}

	@AfterAll
	void closeTheBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void everyRoleReachesEveryMenuItemWithoutScrollingSidewaysOnALaptopAndAPhone() {
		List<String> problems = new ArrayList<>();
		for (var login : logins.entrySet()) {
			signIn(login.getValue());
			String start = browser.path();
			for (int[] size : SIZES) {
				browser.resize(size[0], size[1]).go(start);
				String where = login.getKey() + " at " + size[0] + "×" + size[1];
				if (browser.scrollsSideways()) {
					problems.add(where + ": " + start + " scrolls sideways");
				}
				List<String> items = browser.menuItems();
				if (login.getValue() != null) {
					assertThat(items).as(where).contains("#logout");
				}
				// One item after the other, as a person opens them: opening a dropdown closes the one open before.
				for (String item : items) {
					try {
						browser.reachMenu(item);
					}
					catch (RuntimeException unreachable) {
						problems.add(where + ": menu item " + item + " cannot be reached");
					}
				}
			}
		}
		browser.resize(1280, 800);
		assertThat(problems).isEmpty();
	}

	@Test
	void noPageOfAnyRoleHasASeriousAccessibilityProblemOrScrollsSidewaysOnAPhone() {
		List<String> problems = new ArrayList<>();
		for (var login : logins.entrySet()) {
			signIn(login.getValue());
			Set<String> pages = new LinkedHashSet<>();
			pages.add(browser.path());
			browser.menuItems().stream().filter(item -> item.startsWith("/")).forEach(pages::add);
			pages.addAll(extraPages(login.getKey()));
			for (String page : pages) {
				browser.resize(1280, 800).go(page);
				problems.addAll(browser.seriousAccessibilityProblems().stream().map(p -> login.getKey() + " " + p).toList());
				if (browser.scrollsSideways()) {
					problems.add(login.getKey() + " " + page + " scrolls sideways at 1280×800: " + browser.overhanging());
				}
				browser.resize(390, 844);
				problems.addAll(browser.seriousAccessibilityProblems()
					.stream()
					.map(p -> login.getKey() + " at 390×844 " + p)
					.toList());
				if (browser.scrollsSideways()) {
					problems.add(login.getKey() + " " + page + " scrolls sideways at 390×844: " + browser.overhanging());
				}
			}
		}
		browser.resize(1280, 800);
		assertThat(problems).isEmpty();
	}

	private List<String> extraPages(String role) {
		return switch (role) {
			case "PUBLIC" -> List.of("/login", "/pengaduan/baru", "/lacak", "/pengaduan/statistik", "/periksa-laporan");
			case "COORDINATOR" -> List.of("/staf/pengaduan/" + complaint, "/staf/rekap/bulan/2026-06",
					"/staf/rekap/LINJAMSOS/2026-06", "/staf/pembinaan/baru", "/akun/kata-sandi", "/staf/pemberitahuan",
					"/staf/templat-tanggapan");
			case "UNIT_OFFICER" -> List.of("/staf/pengaduan/" + complaint, "/staf/rekap/LINJAMSOS/2026-06",
					"/staf/pemberitahuan");
			case "HEAD" -> List.of("/staf/pengaduan/" + complaint, "/staf/rekap/bulan/2026-06");
			case "ADMIN" -> {
				browser.go("/admin");
				List<String> admin = new ArrayList<>();
				for (WebElement link : browser.all("main a[href^='/admin/']")) {
					admin.add(link.getDomAttribute("href"));
				}
				admin.add("/staf/pengaduan");
				yield admin;
			}
			default -> List.of();
		};
	}

	@Test
	void anAdministratorOpeningTheInboxIsToldWhatTheRoleMayDoAndWhereToGoInstead() {
		signIn(logins.get("ADMIN"));
		browser.go("/staf/pengaduan");
		assertThat(browser.text("h1")).isEqualTo("Halaman ini bukan untuk peran Anda");
		assertThat(browser.text("#forbidden")).contains("Anda masuk sebagai Administrator")
			.contains("mengelola akun, data rujukan");
		assertThat(browser.page()).doesNotContain("kode 403");
		browser.click("#go-instead");
		assertThat(browser.path()).isEqualTo("/admin");
	}

	@Test
	void theKeyboardAloneReachesEveryFieldAndSubmitsAComplaint() {
		signIn(null);
		browser.go("/pengaduan/baru");
		tabTo("[name='title']").sendKeys("Bantuan lansia belum cair");
		tabTo("[name='description']").sendKeys("Bantuan untuk ibu kami yang lansia belum cair sejak tiga bulan.");
		tabTo("[name='complainant.name']").sendKeys("Maria Kambu");
		tabTo("[name='complainant.phone']").sendKeys("081233334444");
		tabTo("main form button[type=submit]");
		browser.press(Keys.ENTER);
		assertThat(browser.text("#tracking-code")).matches("ADU-[2-9A-Z]{4}-[2-9A-Z]{4}");
	}

	@Test
	void theFocusRingShowsOnTheTealBar() {
		signIn(logins.get("COORDINATOR"));
		WebElement inbox = tabTo("nav.navbar a[href='/staf/pengaduan']");
		String outline = (String) ((JavascriptExecutor) browser.driver())
			.executeScript("var s = getComputedStyle(arguments[0]); return s.outlineStyle + ' ' + s.outlineColor;", inbox);
		assertThat(outline).isEqualTo("solid rgb(255, 209, 102)");
	}

	@Test
	void theBrowsersOwnChecksSpeakIndonesian() {
		signIn(null);
		browser.go("/login");
		browser.find("main form button[type=submit]").click();
		String message = (String) ((JavascriptExecutor) browser.driver())
			.executeScript("return document.getElementById('username').validationMessage;");
		assertThat(message).isEqualTo("Isian Nama pengguna wajib diisi.");
		assertThat(browser.path()).isEqualTo("/login");
	}

	@Test
	void aMonthCannotBeClosedBeforeItsDueDateAndClosesAfterConfirmation() {
		signIn(logins.get("COORDINATOR"));
		browser.go("/staf/rekap/bulan/2026-06");
		assertThat(browser.text("#close-too-early")).contains("6 Juli 2026");
		assertThat(browser.all("#close-form")).isEmpty();
		assertThat(browser.text("#check-missing")).contains("Belum mengirim rekapitulasi:");

		clock.setWit("2026-07-07T09:00");
		browser.go("/staf/rekap/bulan/2026-06");
		assertThat(browser.text("#check-due")).isEqualTo("✔ Batas waktu 6 Juli 2026 telah lewat.");
		assertThat(browser.text("#close-form label[for=confirmed]")).contains("angka resmi Juni 2026 dibekukan");
		browser.submit("#close-form button[type=submit]");
		assertThat(browser.text("#confirmed-error")).contains("Centang pernyataan ini");
		assertThat(browser.focused().getDomAttribute("id")).as("the focus on the field to correct").isEqualTo("confirmed");
		assertThat(browser.all("#revisions")).as("nothing closed").isEmpty();

		browser.press(Keys.SPACE).submit("#close-form button[type=submit]");
		assertThat(browser.text(".alert-success")).contains("revisi 1");
		assertThat(browser.text("#revisions tr[data-revision='1']")).contains("Penutupan bulan");
	}

	/** Presses Tab until the element matched has the focus (at most 60 times), as a keyboard user does. */
	private WebElement tabTo(String css) {
		WebElement target = browser.find(css);
		for (int i = 0; i < 60 && !target.equals(browser.focused()); i++) {
			browser.press(Keys.TAB);
		}
		assertThat(browser.focused()).as("reached by Tab: " + css).isEqualTo(target);
		return target;
	}

	private void signIn(String username) {
		browser.driver().manage().deleteAllCookies();
		if (username == null) {
			browser.go("/");
		}
		else {
			browser.login(username, PASSWORD);
		}
	}

	private long routedComplaint() {
		Actor coordinator = accounts.findByUsername(logins.get("COORDINATOR")).orElseThrow().asActor();
		long web = catalog.itemByCode(ReferenceList.CHANNEL, "API").orElseThrow().id();
		TrackingCode code = registration.register(NewComplaint
			.of(Arrival.by(web), Matter.of("Bantuan PKH belum diterima",
					"Kami terdaftar sebagai peserta PKH tetapi bantuan tahap ini belum diterima."))
			.from(new Complainant("Warga Uji", "081234561234", "warga@example.id", "Desa Waelo"), false, false),
				Actor.citizen("Warga Uji"));
		long id = queries.inbox(new InboxQuery(null, null, null, null, null, null, null, code.value(), 0, 20), coordinator)
			.rows()
			.get(0)
			.id();
		handling.verify(id, null, new Classification(
				catalog.itemByCode(ReferenceList.REPORT_TYPE, "PENGADUAN").orElseThrow().id(),
				catalog.itemByCode(ReferenceList.FORM, "A").orElseThrow().id(),
				catalog.itemByCode(ReferenceList.CATEGORY, "BANSOS").orElseThrow().id(), null),
				catalog.unitByCode("LINJAMSOS").orElseThrow().id(), null, coordinator);
		return id;
	}

	private String ready(String prefix, Role role, String unitCode) {
		Long unit = unitCode == null ? null : catalog.unitByCode(unitCode).orElseThrow().id();
		OneTimeLogin login = accounts.create(new AccountDraft(prefix + "." + UUID.randomUUID().toString().substring(0, 6),
				"Uji " + prefix, null, role, unit, true));
		accounts.changePassword(login.account().id(), login.password(), PASSWORD, PASSWORD);
		return login.account().username();
	}
}
