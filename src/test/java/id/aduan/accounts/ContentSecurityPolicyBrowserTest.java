package id.aduan.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import id.aduan.Browser;
import id.aduan.accounts.AccountManagement.AccountDraft;
import id.aduan.accounts.AccountManagement.OneTimeLogin;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceList;
import id.aduan.complaints.Arrival;
import id.aduan.complaints.Complainant;
import id.aduan.complaints.ComplaintRegistration;
import id.aduan.complaints.Matter;
import id.aduan.complaints.NewComplaint;
import id.aduan.complaints.Receipt;

/**
 * The pages under their real content security policy in a real browser: each page shows what it
 * should (charts drawn, panels loaded by htmx, the widget's form), and the browser refuses nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ContentSecurityPolicyBrowserTest {

	static final String PASSWORD = "Kata-sandi-uji-2026";

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Catalog catalog;

	@Autowired
	ComplaintRegistration registration;

	@BeforeAll
	static void needsChromium() {
		Browser.required();
	}

	@Test
	void publicAndStaffPagesWorkAndTheBrowserRefusesNothing() {
		Receipt receipt = registration.registerWithReceipt(NewComplaint
			.of(Arrival.by(catalog.itemByCode(ReferenceList.CHANNEL, "WEB_FORM").orElseThrow().id()),
					Matter.of("Lampu jalan mati", "Lampu jalan di depan pasar mati sejak minggu lalu."))
			.from(new Complainant("Warga", null, null, null)), id.aduan.accounts.Actor.citizen("Warga"));
		Map<String, String> publicPages = new LinkedHashMap<>();
		publicPages.put("/", "main");
		publicPages.put("/pengaduan/baru", "form");
		publicPages.put("/lacak/" + receipt.trackingCode().value(), "#status-label");
		publicPages.put("/percakapan/widget", "#start-form");
		publicPages.put("/periksa-laporan", "form");
		publicPages.put("/swagger-ui/index.html", ".swagger-ui .info");

		try (Browser browser = Browser.open(port)) {
			publicPages.forEach((path, shown) -> {
				browser.go(path).find(shown);
				assertThat(browser.policyViolations()).as(path).isEmpty();
			});

			browser.login(ready(Role.COORDINATOR), PASSWORD);
			browser.go("/staf/pengaduan/" + receipt.complaintId());
			browser.find("#percakapan form");
			assertThat(browser.policyViolations()).as("complaint page with its htmx panels").isEmpty();
			browser.go("/staf/pembinaan/baru").find(".services-box");
			assertThat(browser.find(".services-box").getCssValue("overflow-y")).isEqualTo("auto");
			assertThat(browser.policyViolations()).as("coaching form").isEmpty();

			browser.login(ready(Role.HEAD), PASSWORD);
			browser.go("/staf/dasbor");
			new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver -> ((org.openqa.selenium.JavascriptExecutor) driver)
				.executeScript("return typeof Chart !== 'undefined' && Object.keys(Chart.instances).length > 0"));
			browser.go("/staf/laporan?from=2026-01-01&to=2026-06-30").find(".report-signature");
			assertThat(browser.find(".report-signature").getCssValue("margin-left")).isNotEqualTo("0px");
			assertThat(browser.policyViolations()).as("dashboard and report").isEmpty();

			browser.login(ready(Role.ADMIN), PASSWORD);
			browser.go("/admin/unit").find("td[class^=unit-depth-]");
			assertThat(browser.find("td.unit-depth-1").getCssValue("padding-left")).isEqualTo("32px");
			browser.go("/admin/kantor").find("form");
			assertThat(browser.policyViolations()).as("administration").isEmpty();
		}
	}

	private String ready(Role role) {
		Long unit = catalog.unitByCode(role == Role.ADMIN || role == Role.HEAD ? "DINSOS" : "HUMAS").orElseThrow().id();
		OneTimeLogin login = accounts.create(new AccountDraft(role.name().toLowerCase() + "." + UUID.randomUUID().toString()
			.substring(0, 6), "Uji " + role, null, role, unit, true));
		accounts.changePassword(login.account().id(), login.password(), PASSWORD, PASSWORD);
		return login.account().username();
	}
}
