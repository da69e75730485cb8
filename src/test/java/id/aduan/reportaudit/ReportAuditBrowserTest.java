package id.aduan.reportaudit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import id.aduan.Browser;

/** A citizen, not logged in, opens "Periksa Laporan" from the menu, uploads the report and reads the findings. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.autoconfigure.exclude=")
@ActiveProfiles("test")
class ReportAuditBrowserTest {

	@LocalServerPort
	int port;

	@TempDir
	Path folder;

	@BeforeAll
	static void needsChromium() {
		Browser.required();
	}

	@Test
	void aCitizenUploadsTheSemesterReportAndSeesEachFindingBesideItsLine() throws IOException {
		Path report = Files.write(folder.resolve("laporan-semester-I-2023.txt"), Fixtures.bytes(Fixtures.SEED));

		try (Browser browser = Browser.open(port)) {
			browser.go("/").click("nav a[href='/periksa-laporan']");
			assertThat(browser.title()).startsWith("Periksa Laporan");

			browser.attach("file", report.toFile()).submit("#audit-form button[type=submit]");

			assertThat(browser.text("#summary")).contains("Ditemukan 37 hal yang tidak cocok.");
			assertThat(browser.text("tr#baris-71 mark")).startsWith("1. 1104 (seratus empat)");
			assertThat(browser.text("tr#baris-71 .finding-notes")).contains("Angka dan terbilang berbeda");
			assertThat(browser.text("tr#baris-189 .finding-notes"))
				.contains("6 Juni 2023 jatuh pada hari Selasa, bukan Rabu.");
			assertThat(browser.find("a#download").getAttribute("href"))
				.startsWith("data:" + ReportAuditPage.XLSX + ";base64,");

			browser.click("#finding-list a[href='#baris-153']");
			assertThat(browser.path()).endsWith("#baris-153");
			assertThat(browser.text("tr#baris-153 .finding-notes")).contains("sebelum periode laporannya");
		}
	}
}
