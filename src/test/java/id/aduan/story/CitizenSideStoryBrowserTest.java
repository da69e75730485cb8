package id.aduan.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import id.aduan.Browser;
import id.aduan.Browser.Download;
import id.aduan.Staff;
import id.aduan.catalog.Catalog;
import id.aduan.complaints.ComplaintQueries;
import id.aduan.complaints.TrackingCode;
import id.aduan.conversations.ComplaintThreads;
import id.aduan.intake.ComplaintLocations;

/**
 * The citizen's side on a phone (390×844), in a real browser: a citizen taps where it happened on the map
 * (its tiles cannot load here, offline, but the map works without them), submits a complaint, reloads the
 * receipt and keeps the code (the key was shown once), downloads the receipt PDF, sees on the tracking page
 * that the office wrote, types the key and reads the officer's message there, and finds the new complaint
 * counted in the public statistics. No page is wider than the phone or has a serious accessibility problem
 * (axe), and the browser refuses nothing under the content security policy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CitizenSideStoryBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	ComplaintThreads threads;

	@Autowired
	ComplaintQueries complaints;

	@Autowired
	Staff staff;

	@Autowired
	Catalog catalog;

	@Autowired
	Clock clock;

	@Autowired
	ComplaintLocations locations;

	@BeforeAll
	static void needsChromium() {
		Browser.required();
	}

	@Test
	void aCitizenOnAPhoneKeepsTheReceiptReadsTheOfficersMessageAndSeesTheFigures() throws IOException {
		String marker = UUID.randomUUID().toString().substring(0, 6);
		String today = LocalDate.now(clock.withZone(catalog.office().zone())).toString();
		try (Browser citizen = Browser.open(port)) {
			citizen.resize(390, 844);
			citizen.go("/pengaduan/statistik?from=" + today + "&to=" + today);
			long before = Long.parseLong(citizen.text("#total"));

			citizen.go("/pengaduan/baru");
			assertThat(citizen.seriousAccessibilityProblems()).isEmpty();

			// Where it happened: a tap on the map fills in the coordinates and sets a marker there.
			assertThat(citizen.find("#location-map").isDisplayed()).isTrue();
			assertThat(citizen.find("#location-map-help").isDisplayed()).isTrue();
			assertThat(citizen.all("#location-map .leaflet-marker-icon")).isEmpty();
			citizen.click("#location-map");
			double latitude = Double.parseDouble(citizen.find("#latitude").getDomProperty("value"));
			double longitude = Double.parseDouble(citizen.find("#longitude").getDomProperty("value"));
			assertThat(latitude).as("the map opens on the region").isBetween(-4.5, -2.5);
			assertThat(longitude).isBetween(125.5, 127.5);
			assertThat(citizen.find("#location-map .leaflet-marker-icon").getAttribute("alt"))
				.isEqualTo("Titik tempat kejadian");
			assertThat(citizen.scrollsSideways()).as("%s", citizen.overhanging()).isFalse();
			assertThat(citizen.seriousAccessibilityProblems()).isEmpty();

			// The citizen submits and gets the receipt: code, key, channel, deadlines, QR code, copy buttons.
			citizen.type("title", "Bantuan PKH belum cair " + marker)
				.type("description", "Bantuan PKH triwulan ini belum kami terima, padahal tetangga sudah.")
				.type("complainant.name", "Sarah Loilatu")
				.type("complainant.phone", "081244445555")
				.submit("main form button[type=submit]");
			String code = citizen.text("#tracking-code");
			String key = citizen.text("#access-key");
			assertThat(code).matches("ADU-[2-9A-Z]{4}-[2-9A-Z]{4}");
			assertThat(citizen.path()).isEqualTo("/lacak/" + code + "/tanda-terima");
			assertThat(citizen.text("#channel")).isEqualTo("Formulir daring Aduan");
			assertThat(citizen.text("#next-steps")).contains("paling lambat", "hari kerja");
			assertThat(citizen.find("#receipt-qr").getAttribute("src")).startsWith("data:image/png;base64,");
			citizen.click("#copy-code");
			new WebDriverWait(citizen.driver(), Duration.ofSeconds(5))
				.until(driver -> "Tersalin".equals(citizen.text("#copy-code")));
			assertThat(citizen.scrollsSideways()).as("%s", citizen.overhanging()).isFalse();
			assertThat(citizen.seriousAccessibilityProblems()).isEmpty();

			// A reload keeps the code; the key was shown once.
			citizen.driver().navigate().refresh();
			assertThat(citizen.text("#tracking-code")).isEqualTo(code);
			assertThat(citizen.all("#access-key")).isEmpty();
			assertThat(citizen.text("#key-once")).contains("hanya ditampilkan sekali");

			// The receipt as a PDF: the code, never the key.
			Download receipt = citizen.download("a#receipt-pdf");
			assertThat(receipt.status()).isEqualTo(200);
			assertThat(receipt.contentType()).startsWith("application/pdf");
			String text = text(receipt.content());
			assertThat(text).contains("TANDA TERIMA PENGADUAN", code).doesNotContain(key);

			// An officer asks for a document in the complaint's thread.
			long id = complaints.idOf(TrackingCode.parse(code).orElseThrow()).orElseThrow();
			assertThat(locations.of(List.of(id)).get(id).lat().doubleValue()).as("the point tapped on the map")
				.isEqualTo(latitude);
			threads.postAsStaff(id, "Mohon kirimkan foto buku tabungan Anda " + marker + ".", List.of(),
					staff.coordinator().actor());

			// The tracking page says so; with the key the message is on the same page.
			citizen.click("a.btn[href='/lacak/" + code + "']");
			assertThat(citizen.text("#new-message")).isEqualTo("Ada pesan baru");
			assertThat(citizen.text("#thread-summary")).contains("1 pesan");
			assertThat(citizen.page()).doesNotContain("buku tabungan");
			citizen.type("key", key.toLowerCase()).submit("#tracking-unlock-form button[type=submit]");
			assertThat(citizen.path()).isEqualTo("/lacak/" + code + "#percakapan");
			assertThat(citizen.text("#percakapan #messages .from-staff .message-body"))
				.isEqualTo("Mohon kirimkan foto buku tabungan Anda " + marker + ".");
			assertThat(citizen.text("#percakapan #messages .from-staff strong")).isEqualTo("Petugas");
			assertThat(citizen.scrollsSideways()).as("%s", citizen.overhanging()).isFalse();
			assertThat(citizen.seriousAccessibilityProblems()).isEmpty();

			// The public statistics count the new complaint.
			citizen.go("/pengaduan/statistik?from=" + today + "&to=" + today);
			assertThat(Long.parseLong(citizen.text("#total"))).isEqualTo(before + 1);
			assertThat(citizen.find("#by-channel tr[data-code=WEB_FORM]").getText()).contains("Formulir daring Aduan");
			assertThat(citizen.scrollsSideways()).as("%s", citizen.overhanging()).isFalse();
			assertThat(citizen.seriousAccessibilityProblems()).isEmpty();
			assertThat(citizen.policyViolations()).isEmpty();
		}
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}
}
