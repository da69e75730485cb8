package id.aduan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.aduan.system.DsyncFilePath;

/**
 * An office's nightly job runs the verbs of the jar while Aduan serves on the same embedded default
 * database (started with no database setting in the office's directory): each verb runs as its own
 * process, as cron starts it, and either does its work through the running Aduan or says in one line
 * why it will not.
 */
class VerbsWhileAduanRunsTest {

	@TempDir
	Path home;

	@Test
	void reportBackupAndVerifyAuditWorkWhileAduanRunsOnTheDefaultDatabaseAndRestoreRefuses() throws Exception {
		TestDatabase database = TestDatabase.embeddedDefault(home);
		try (AduanProcess aduan = AduanProcess.start(database, home.resolve("aduan.log"), List.of("-XX:+UseSerialGC",
				"-Xmx256m", "-XX:TieredStopAtLevel=1"))) {
			AduanProcess.Finished report = AduanProcess.command(home, "report", "--from", "2023-01-01", "--to",
					"2023-06-30", "--format", "xlsx", "--out", "laporan.xlsx");
			assertThat(report.exitCode()).as(report.err()).isZero();
			try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(home.resolve("laporan.xlsx")))) {
				assertThat(workbook.getSheet("Ringkasan").getRow(1).getCell(1).getStringCellValue())
					.isEqualTo("Januari sampai dengan Juni 2023");
			}

			AduanProcess.Finished backup = AduanProcess.command(home, "backup", "--out", "cadangan.zip");
			assertThat(backup.exitCode()).as(backup.err()).isZero();
			assertThat(backup.out()).startsWith("Cadangan ditulis ke");

			AduanProcess.Finished verify = AduanProcess.command(home, "verify-audit");
			assertThat(verify.exitCode()).as(verify.err()).isZero();
			assertThat(verify.out()).startsWith("Rantai jejak audit utuh");

			AduanProcess.Finished restore = AduanProcess.command(home, "restore", "--in", "cadangan.zip");
			assertThat(restore.exitCode()).isEqualTo(2);
			assertThat(restore.err().strip()).startsWith("Aduan sedang berjalan pada basis data ini;").doesNotContain("\n");

			assertThat(HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(aduan.url("/readyz"))).build(), HttpResponse.BodyHandlers.discarding())
				.statusCode()).as("Aduan still serves").isEqualTo(200);
		}
	}

	@Test
	void aVerbThatCannotReachAHeldDatabaseSaysSoInOneLineAndExits2() throws Exception {
		TestDatabase database = TestDatabase.embeddedDefault(home);
		DsyncFilePath.register();
		try (Connection held = database.connect()) {
			AduanProcess.Finished report = AduanProcess.command(home, "report", "--from", "2023-01-01", "--to",
					"2023-06-30", "--format", "xlsx", "--out", "laporan.xlsx");

			assertThat(report.exitCode()).isEqualTo(2);
			assertThat(report.err().strip()).startsWith("Aduan sedang berjalan pada basis data ini").doesNotContain("\n");
			assertThat(report.out()).isEmpty();
		}
	}

	@Test
	void anUnknownVerbExits2WithTheUsageInsteadOfStartingTheServer() throws Exception {
		AduanProcess.Finished unknown = AduanProcess.command(home, "import-historyy", "x.csv");

		assertThat(unknown.exitCode()).isEqualTo(2);
		assertThat(unknown.err()).startsWith("Perintah atau pilihan tidak dikenal: import-historyy")
			.contains("Penggunaan: java -jar aduan.jar");
		assertThat(home.resolve("data")).doesNotExist();

		AduanProcess.Finished help = AduanProcess.command(home, "--help");
		assertThat(help.exitCode()).isZero();
		assertThat(help.out()).contains("import-history BERKAS.csv|BERKAS.xlsx [--dry-run]");
	}
}
