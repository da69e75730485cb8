package id.aduan.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import id.aduan.Browser;
import id.aduan.Browser.Download;
import id.aduan.accounts.AccountManagement;
import id.aduan.accounts.AccountManagement.AccountDraft;
import id.aduan.accounts.AccountManagement.OneTimeLogin;
import id.aduan.accounts.Role;
import id.aduan.catalog.Catalog;
import id.aduan.documents.LetterNumbering;
import id.aduan.documents.ReadBack;
import id.aduan.language.IndonesianDates;

/**
 * A coaching session's paperwork in a real browser: the coordinator records the session, pastes the
 * participants, adds a representative, takes the number and downloads the Berita Acara and the Daftar
 * Hadir, as PDF and DOCX; the head of office then opens the same session and downloads its minutes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.autoconfigure.exclude=")
@ActiveProfiles("test")
class CoachingStoryBrowserTest {

	static final String PASSWORD = "Kata-sandi-uji-2026";

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Catalog catalog;

	@Autowired
	LetterNumbering numbering;

	@BeforeAll
	static void needsChromium() {
		Browser.required();
	}

	@Test
	void theCoordinatorRecordsASessionAndDownloadsItsMinutesAndAttendanceList() {
		String coordinator = ready("koordinator", Role.COORDINATOR, "HUMAS");
		String head = ready("kepala", Role.HEAD, "DINSOS");
		String topic = "Penyelenggaraan Pembinaan Pengaduan " + UUID.randomUUID().toString().substring(0, 4);
		int year = numbering.currentYear();

		try (Browser browser = Browser.open(port)) {
			browser.login(coordinator, PASSWORD);
			browser.click("a.nav-link[href='/staf/pembinaan']").click("#new-session");
			browser.type("topic", topic)
				.set("date", year + "-06-02")
				.set("startTime", "09:00")
				.set("endTime", "12:00")
				.type("place", "Aula Dinas Sosial Kabupaten Buru Selatan")
				.type("purpose", "Pembinaan melibatkan pekerja sosial dan pegawai Dinas Sosial.")
				.click("#services-all")
				.click("#services-none")
				.click("#service-" + catalog.serviceByCode("L06").orElseThrow().id())
				.click("#service-" + catalog.serviceByCode("L09").orElseThrow().id())
				.type("integratedServices", "Layanan Rujukan Terpadu\nLayanan KIS DTKS")
				.submit("#session-form button[type=submit]");
			assertThat(browser.text("#topic")).isEqualTo(topic);
			assertThat(browser.text("#date-in-words")).isEqualTo(
					IndonesianDates.formalWithDay(LocalDate.of(year, 6, 2)));

			browser.type("list", "1; Amar Rentua; PEKERJA SOSIAL; Dinas Sosial\n2; Alexander Ubleuw; PEKERJA SOSIAL; Dinas Sosial\n"
					+ "3; Suryati Tomia, SE; PEKERJA SOSIAL; Dinas Sosial")
				.submit("#list-form button[type=submit]");
			assertThat(browser.all("#participants tr")).hasSize(3);
			browser.choose("kind", "Perwakilan (menandatangani Berita Acara)")
				.type("name", "LA JURUSA, S.Ag")
				.type("institution", "Kementerian Agama")
				.submit("#person-form button[type=submit]");
			assertThat(browser.text("#representatives")).contains("LA JURUSA, S.Ag Kementerian Agama");

			browser.submit("#issue-number");
			String number = browser.text("#letter-number");
			assertThat(number).matches("460/\\d+/VI/" + year);
			String sessionPage = browser.path();

			Download minutesPdf = browser.download("#minutes-pdf");
			assertThat(minutesPdf.status()).isEqualTo(200);
			assertThat(minutesPdf.contentType()).isEqualTo("application/pdf");
			assertThat(minutesPdf.disposition()).contains("attachment", "Berita-Acara-" + number.replace('/', '-') + ".pdf");
			assertThat(ReadBack.pdfText(minutesPdf.content())).containsSubsequence("BERITA ACARA", "Nomor: " + number,
					"Pada hari ini", "1. Program Keluarga Harapan", "2. Bantuan Pangan Non Tunai (BPNT)", "LA JURUSA, S.Ag",
					"NIP. 19650703 198803 1 017");
			Download minutesDocx = browser.download("#minutes-docx");
			assertThat(minutesDocx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml");
			assertThat(ReadBack.docxText(minutesDocx.content())).contains("Nomor: " + number);

			Download listPdf = browser.download("#attendance-pdf");
			assertThat(listPdf.status()).isEqualTo(200);
			assertThat(ReadBack.pdfText(listPdf.content())).containsSubsequence("DAFTAR HADIR", "Nomor: " + number,
					"NO NAMA INSTANSI TANDA TANGAN", "Amar Rentua", "Alexander Ubleuw", "Suryati Tomia, SE", "Dinas Sosial");
			Download listDocx = browser.download("#attendance-docx");
			assertThat(listDocx.status()).isEqualTo(200);
			assertThat(ReadBack.docx(listDocx.content()).getTables().get(0).getRow(0).isRepeatHeader()).isTrue();

			browser.login(head, PASSWORD);
			browser.go("/staf/pembinaan?tahun=" + year);
			assertThat(browser.text("#sessions")).contains(topic, number);
			browser.go(sessionPage);
			assertThat(browser.text("#letter-number")).isEqualTo(number);
			assertThat(browser.all("#issue-number, #person-form")).isEmpty();
			assertThat(browser.download("#minutes-pdf").status()).isEqualTo(200);
		}
	}

	private String ready(String prefix, Role role, String unitCode) {
		Long unit = catalog.unitByCode(unitCode).orElseThrow().id();
		OneTimeLogin login = accounts.create(new AccountDraft(prefix + "." + UUID.randomUUID().toString().substring(0, 6),
				"Uji " + prefix, null, role, unit, true));
		accounts.changePassword(login.account().id(), login.password(), PASSWORD, PASSWORD);
		return login.account().username();
	}
}
