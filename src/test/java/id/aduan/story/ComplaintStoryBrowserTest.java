package id.aduan.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import id.aduan.Browser;
import id.aduan.accounts.AccountManagement;
import id.aduan.accounts.AccountManagement.AccountDraft;
import id.aduan.accounts.AccountManagement.OneTimeLogin;
import id.aduan.accounts.Role;
import id.aduan.catalog.Catalog;

/**
 * The whole story of the register in a real browser: a citizen complains on the web, the help desk
 * takes down a phone call, the coordinator routes both, the unit answers one, the citizen reads the
 * answer; and an officer of another unit sees none of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.autoconfigure.exclude=")
@ActiveProfiles("test")
class ComplaintStoryBrowserTest {

	static final String PASSWORD = "Kata-sandi-uji-2026";

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Catalog catalog;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void needsChromium() {
		Browser.required();
	}

	@Test
	void fromACitizensComplaintToTheUnitsAnswerOnTheTrackingPage() {
		String marker = UUID.randomUUID().toString().substring(0, 6);
		OneTimeLogin desk = account("helpdesk", Role.HELPDESK, null);
		String coordinator = ready("koordinator", Role.COORDINATOR, "HUMAS");
		String officer = ready("linjamsos", Role.UNIT_OFFICER, "LINJAMSOS");
		String stranger = ready("rehsos", Role.UNIT_OFFICER, "REHSOS");

		try (Browser browser = Browser.open(port)) {
			// A citizen submits on the public form, with no login, and keeps the tracking code.
			browser.go("/").click("a.btn[href='/pengaduan/baru']");
			browser.type("title", "PKH tahap IV belum diterima " + marker)
				.type("description", "Kami peserta PKH di Desa Sekat, tetapi bantuan tahap IV belum masuk rekening.")
				.type("complainant.name", "Syarfan Banapon")
				.type("complainant.phone", "081244445555")
				.choose("serviceId", "Program Keluarga Harapan")
				.submit("main form button[type=submit]");
			String citizensCode = browser.text("#tracking-code");
			assertThat(citizensCode).matches("ADU-[2-9A-Z]{4}-[2-9A-Z]{4}");

			// The help desk logs in with its one-time password, sets its own, and takes down a phone call.
			browser.login(desk.account().username(), desk.password());
			assertThat(browser.path()).isEqualTo("/akun/kata-sandi");
			browser.type("currentPassword", desk.password())
				.type("newPassword", PASSWORD)
				.type("confirmPassword", PASSWORD)
				.submit("main form button[type=submit]");
			browser.go("/staf/pengaduan/baru")
				.choose("channelId", "Telepon / WhatsApp")
				.type("title", "Kartu KIS tidak aktif " + marker)
				.type("description", "Penelepon melaporkan kartu KIS PBI-nya ditolak di puskesmas.")
				.type("complainant.name", "Alexander Seleky")
				.submit("main form button[type=submit]");
			String phoneCode = browser.text("#tracking-code");

			// The coordinator finds both and routes them to the protection and social security unit.
			browser.login(coordinator, PASSWORD);
			browser.go("/staf/pengaduan").type("q", marker).submit("#filters button[type=submit]");
			assertThat(browser.all("#inbox tbody tr[data-code]")).hasSize(2);
			for (String code : new String[] { citizensCode, phoneCode }) {
				browser.click("#inbox tr[data-code='" + code + "'] a");
				browser.click("#action-VERIFY summary")
					.choose("reportTypeId", "Pengaduan")
					.choose("formId", "A. Pelaksanaan pelayanan yang tidak sesuai dengan standar pelayanan")
					.choose("categoryId", "Penyaluran bantuan sosial")
					.choose("unitId", "— Bidang Perlindungan dan Jaminan Sosial")
					.submit("#action-VERIFY button[type=submit]");
				assertThat(browser.text("#status-badge")).isEqualTo("Didisposisikan ke unit kerja");
				browser.go("/staf/pengaduan?q=" + marker);
			}

			// The unit's officer answers the citizen's complaint.
			browser.login(officer, PASSWORD);
			browser.go("/staf/pengaduan?q=" + marker);
			assertThat(browser.all("#inbox tbody tr[data-code]")).hasSize(2);
			browser.click("#inbox tr[data-code='" + citizensCode + "'] a")
				.click("#action-ANSWER summary")
				.type("answer", "Bantuan PKH tahap IV telah disalurkan ke rekening KKS pada 20 November.")
				.submit("#action-ANSWER button[type=submit]");
			assertThat(browser.text("#status-badge")).isEqualTo("Telah ditanggapi");

			// An officer of another unit finds neither complaint, and cannot open one by its address.
			browser.login(stranger, PASSWORD);
			browser.go("/staf/pengaduan?q=" + marker);
			assertThat(browser.all("#inbox tbody tr[data-code]")).isEmpty();
			String address = "/staf/pengaduan/" + complaintId(citizensCode);
			browser.go(address);
			assertThat(browser.page()).contains("Pengaduan tidak ditemukan.").doesNotContain("Syarfan");

			// The citizen, without logging in, reads the answer on the tracking page.
			browser.login("nobody", "nothing");
			browser.go("/lacak").type("kode", citizensCode.toLowerCase()).submit("main form button[type=submit]");
			assertThat(browser.text("#status-label")).isEqualTo("Telah ditanggapi");
			assertThat(browser.text("#answer")).contains("Bantuan PKH tahap IV telah disalurkan");
			assertThat(browser.page()).doesNotContain("Syarfan Banapon");
		}
	}

	@Test
	void anOverdueComplaintIsFlaggedInTheInboxAndFoundByItsFilter() {
		String marker = UUID.randomUUID().toString().substring(0, 6);
		String coordinator = ready("koor.terlambat", Role.COORDINATOR, "HUMAS");
		String desk = ready("desk.terlambat", Role.HELPDESK, "HUMAS");
		String tenDaysAgo = java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Jayapura"))
			.minusDays(10)
			.withHour(9)
			.withMinute(0)
			.toString()
			.substring(0, 16);
		try (Browser browser = Browser.open(port)) {
			browser.login(desk, PASSWORD);
			browser.go("/staf/pengaduan/baru").choose("channelId", "Surat tertulis");
			((org.openqa.selenium.JavascriptExecutor) browser.driver())
				.executeScript("document.querySelector('[name=receivedAt]').value = arguments[0];", tenDaysAgo);
			browser.type("title", "Surat lama " + marker)
				.type("description", "Surat pengaduan yang baru sempat dicatat sepuluh hari kemudian.")
				.submit("main form button[type=submit]");

			browser.login(coordinator, PASSWORD);
			browser.go("/staf/pengaduan?q=" + marker);
			assertThat(browser.text("#inbox tbody tr[data-code] td[data-due]")).startsWith("Terlambat");
			browser.choose("due", "Terlambat").submit("#filters button[type=submit]");
			assertThat(browser.all("#inbox tbody tr[data-code]")).hasSize(1);
			browser.click("#inbox tbody tr[data-code] a");
			assertThat(browser.text("#current-due")).contains("Verifikasi dan disposisi", "Terlambat");
		}
	}

	@Test
	void aCitizensMistakesAreShownBesideTheFieldsOnAPhone() {
		try (Browser browser = Browser.open(port)) {
			browser.go("/pengaduan/baru")
				.type("title", "Judul")
				.type("description", "pendek")
				.type("complainant.email", "saya@")
				.submit("main form button[type=submit]");

			assertThat(browser.text("#description ~ .invalid-feedback"))
				.isEqualTo("Uraian terlalu singkat; tulis paling sedikit 10 karakter.");
			assertThat(browser.find("[name='complainant.email']").getAttribute("value")).isEqualTo("saya@");
			assertThat(browser.find("[name='title']").getAttribute("value")).isEqualTo("Judul");
		}
	}

	private long complaintId(String code) {
		return jdbc.sql("select id from complaint where tracking_code = ?").param(code).query(Long.class).single();
	}

	private OneTimeLogin account(String prefix, Role role, String unitCode) {
		Long unit = unitCode == null ? null : catalog.unitByCode(unitCode).orElseThrow().id();
		return accounts.create(new AccountDraft(prefix + "." + UUID.randomUUID().toString().substring(0, 6),
				"Uji " + prefix, null, role, unit, true));
	}

	/** An account whose owner has already set their own password. */
	private String ready(String prefix, Role role, String unitCode) {
		OneTimeLogin login = account(prefix, role, unitCode);
		accounts.changePassword(login.account().id(), login.password(), PASSWORD, PASSWORD);
		return login.account().username();
	}
}
