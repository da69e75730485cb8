package id.aduan.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
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

/**
 * The administrator in a real browser brings a spreadsheet of last year's complaints in: downloads
 * the template from the administration page, uploads the filled-in file, reads the preview (nothing
 * stored yet), imports, and is told how many came in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HistoryImportBrowserTest {

	static final String PASSWORD = "Kata-sandi-uji-2026";

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void needsChromium() {
		Browser.required();
	}

	@Test
	void theAdministratorPreviewsThenImportsLastYearsComplaints(@TempDir Path dir) throws Exception {
		OneTimeLogin login = accounts.create(new AccountDraft("admin." + UUID.randomUUID().toString().substring(0, 6),
				"Uji Admin", null, Role.ADMIN, null, true));
		accounts.changePassword(login.account().id(), login.password(), PASSWORD, PASSWORD);
		Path file = dir.resolve("riwayat-2023.csv");
		Files.writeString(file, """
				reference;received_at;channel;description;complainant_name;category;unit;verified_at;routed_at;answered_at;answer;closed_at
				BR-1;2023-05-08 09:00;FACEBOOK;Bantuan sembako belum diterima keluarga kami;Ibu Wa Ode;BANSOS;PFM;2023-05-08;2023-05-08;2023-05-10;Sudah disalurkan.;2023-05-12
				BR-2;2023-05-09;WALK_IN;Mohon informasi syarat rekomendasi PBI JKN;;PROSEDUR;;;;;;
				""", StandardCharsets.UTF_8);

		try (Browser browser = Browser.open(port)) {
			browser.login(login.account().username(), PASSWORD);
			browser.go("/admin").click("a[href='/admin/impor-riwayat']");
			assertThat(browser.download("#template-xlsx").content()).isNotEmpty();
			browser.attach("file", file.toFile()).submit("#upload-form button[type=submit]");

			assertThat(browser.text("#import-preview")).contains("2 pengaduan akan diimpor", "BR-1", "BR-2",
					"Belum ada yang disimpan");
			Files.write(Path.of("target", "history-import-preview.png"),
					((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
			assertThat(stored()).isZero();

			browser.submit("#confirm-form button[type=submit]");

			assertThat(browser.text("#import-done")).contains("2 pengaduan diimpor dari 2 baris");
			assertThat(stored()).isEqualTo(2);
		}
	}

	long stored() {
		return jdbc.sql("select count(*) from complaint where import_reference like 'BR-%'").query(Long.class).single();
	}
}
