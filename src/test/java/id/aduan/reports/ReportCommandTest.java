package id.aduan.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import id.aduan.AduanApplication;

/** The {@code report} verb: a file from the configured database, or a clear message and exit code 2. */
class ReportCommandTest {

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	/** A command that must fail before it starts anything. */
	static final Function<List<String>, ConfigurableApplicationContext> NOT_STARTED = settings -> {
		throw new AssertionError("Aduan must not start for wrong arguments");
	};

	@Test
	void writesTheSpreadsheetOfAPeriodFromTheDatabaseTheSettingsNameOnTheCommandLine(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("laporan.xlsx");

		int exit = run(List.of("--from", "2023-01-01", "--to", "2023-06-30", "--spring.profiles.active=test", "--format",
				"XLSX", "--out", file.toString()),
				settings -> new SpringApplicationBuilder(AduanApplication.class).web(WebApplicationType.NONE)
					.run(settings.toArray(String[]::new)));

		assertThat(exit).as(text(err)).isZero();
		assertThat(text(out)).contains("Laporan_Pengaduan_Dinas_Sosial_Kabupaten_Buru_Selatan_2023-01-01_2023-06-30.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
			assertThat(workbook.getSheet("Ringkasan").getRow(1).getCell(1).getStringCellValue())
				.isEqualTo("Januari sampai dengan Juni 2023");
		}
	}

	@Test
	void writesTheSignedPdfWithTheHeadsReadingOfThePhotos(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("laporan.pdf");

		int exit = run(List.of("--from", "2023-01-01", "--to", "2023-06-30", "--format", "pdf", "--out",
				file.toString(), "--signed-on", "2023-07-03"), settings -> new SpringApplicationBuilder(AduanApplication.class)
					.web(WebApplicationType.NONE)
					.profiles("test")
					.run());

		assertThat(exit).as(text(err)).isZero();
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
				.contains("PERIODE JANUARI SAMPAI DENGAN JUNI 2023", "Pada tanggal 3 Juli 2023");
		}
		assertThat(run(List.of("--from", "2023-01-01", "--to", "2023-06-30", "--format", "pdf", "--out",
				dir.resolve("dini.pdf").toString(), "--signed-on", "2023-06-29"), settings -> new SpringApplicationBuilder(
						AduanApplication.class).web(WebApplicationType.NONE).profiles("test").run()))
			.isEqualTo(2);
		assertThat(text(err)).contains("signedOn: Laporan tidak boleh ditandatangani sebelum periodenya berakhir");
		assertThat(dir.resolve("dini.pdf")).doesNotExist();
	}

	@Test
	void wrongArgumentsAreExplainedWithoutStartingAduan() {
		assertThat(run(List.of("--from", "2023-01-01"), NOT_STARTED)).isEqualTo(2);
		assertThat(text(err)).contains("Penggunaan: java -jar aduan.jar report");
		assertThat(run(List.of("--from", "2023-13-01", "--to", "2023-06-30", "--format", "xlsx", "--out", "x"),
				NOT_STARTED)).isEqualTo(2);
		assertThat(text(err)).contains("Tanggal tidak valid: 2023-13-01");
		assertThat(run(List.of("--from", "2023-01-01", "--to", "2023-06-30", "--format", "odt", "--out", "x"),
				NOT_STARTED)).isEqualTo(2);
	}

	private int run(List<String> args, Function<List<String>, ConfigurableApplicationContext> application) {
		return ReportCommand.run(args, application, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private static String text(ByteArrayOutputStream stream) {
		return stream.toString(StandardCharsets.UTF_8);
	}
}
