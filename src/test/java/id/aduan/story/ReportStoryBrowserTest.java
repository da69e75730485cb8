package id.aduan.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import id.aduan.Browser.Download;
import id.aduan.Browser;
import id.aduan.accounts.AccountManagement.AccountDraft;
import id.aduan.accounts.AccountManagement.OneTimeLogin;
import id.aduan.accounts.AccountManagement;
import id.aduan.accounts.Actor;
import id.aduan.accounts.Role;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceList;
import id.aduan.complaints.Arrival;
import id.aduan.complaints.Complainant;
import id.aduan.complaints.ComplaintRegistration;
import id.aduan.complaints.Matter;
import id.aduan.complaints.NewComplaint;
import id.aduan.documents.ReadBack;
import id.aduan.language.NumberWords;

/**
 * The head of office in a real browser: opens the dashboard, whose charts are drawn, reads this
 * year's total, then opens the report of the same period and downloads it as PDF, DOCX and XLSX —
 * every one states the total the dashboard showed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReportStoryBrowserTest {

	static final String PASSWORD = "Kata-sandi-uji-2026";

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Catalog catalog;

	@Autowired
	ComplaintRegistration registration;

	@Autowired
	Clock clock;

	@BeforeAll
	static void needsChromium() {
		Browser.required();
	}

	@Test
	void theHeadReadsTheDashboardAndDownloadsTheReportWithTheSameTotal() throws Exception {
		for (String channel : List.of("WEB_FORM", "EMAIL", "EMAIL")) {
			registration.register(NewComplaint
				.of(Arrival.by(catalog.itemByCode(ReferenceList.CHANNEL, channel).orElseThrow().id()),
						Matter.of("Bantuan belum diterima", "Bantuan sosial bulan ini belum kami terima."))
				.from(new Complainant("Warga", null, null, null)), Actor.citizen("Warga"));
		}
		String head = ready("kepala", Role.HEAD, "DINSOS");
		LocalDate today = LocalDate.now(clock.withZone(catalog.office().zone()));

		try (Browser browser = Browser.open(port)) {
			browser.login(head, PASSWORD);
			browser.menu("/staf/dasbor");
			long total = Long.parseLong(browser.text("#total"));
			assertThat(total).isGreaterThanOrEqualTo(3);
			Object drawn = ((JavascriptExecutor) browser.driver()).executeScript(
					"return ['MONTH', 'CHANNEL', 'CATEGORY', 'UNIT'].every(function (d) {"
							+ " return Chart.getChart(document.getElementById('chart-' + d)) !== undefined; })");
			assertThat(drawn).as("every chart drawn by Chart.js").isEqualTo(Boolean.TRUE);

			browser.menu("/staf/laporan")
				.set("from", today.getYear() + "-01-01")
				.set("to", today.toString())
				.submit("#report-form button[type=submit]");
			String stated = "telah menerima sebanyak " + total + " (" + NumberWords.of(total) + ") pengaduan";
			assertThat(browser.text("#report-preview")).contains(stated);

			Download pdf = browser.download("#download-pdf");
			assertThat(pdf.status()).isEqualTo(200);
			assertThat(pdf.contentType()).isEqualTo("application/pdf");
			assertThat(pdf.disposition()).contains("attachment",
					"Laporan_Pengaduan_Dinas_Sosial_Kabupaten_Buru_Selatan_" + today.getYear() + "-01-01_" + today + ".pdf");
			assertThat(ReadBack.pdfText(pdf.content()).replaceAll("\\s+", " ")).contains(stated);

			Download docx = browser.download("#download-docx");
			assertThat(docx.status()).isEqualTo(200);
			assertThat(ReadBack.docxText(docx.content())).contains(stated);

			Download xlsx = browser.download("#download-xlsx");
			assertThat(xlsx.status()).isEqualTo(200);
			try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.content()))) {
				assertThat(workbook.getSheet("Ringkasan").getRow(3).getCell(1).getNumericCellValue()).isEqualTo(total);
			}
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
