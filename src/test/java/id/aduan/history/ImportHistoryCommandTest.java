package id.aduan.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.aduan.VerbApplication;

/**
 * {@code import-history} as an outside check runs it: exit 0 with the number imported, 1 with each
 * refused row as {@code row N, column X: message} and nothing stored, 2 for a file it cannot read or
 * wrong arguments. Each run starts Aduan on one file database, as an office's nightly job would.
 */
class ImportHistoryCommandTest {

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void importsChecksAndRefusesWithTheContractedExitCodes(@TempDir Path dir) throws Exception {
		Function<List<String>, ConfigurableApplicationContext> aduan = VerbApplication.onFileDatabase(dir);
		Path good = dir.resolve("riwayat.csv");
		Files.writeString(good, new SemesterHistory("CLI").csv().replace(',', ';'));
		Path bad = dir.resolve("salah.csv");
		Files.writeString(bad, SemesterHistory.HEADER + "\nCLI-X,2023-13-01,LAPOR,,Uraian yang cukup panjang,,,,false,,,,,,,,\n");

		assertThat(run(aduan, good.toString(), "--dry-run")).as(text(err)).isZero();
		assertThat(text(out)).contains("Uji coba", "425 pengaduan akan diimpor");
		assertThat(run(aduan, good.toString())).as(text(err)).isZero();
		assertThat(text(out)).contains("Impor selesai: 425 pengaduan diimpor dari 425 baris (0 sudah ada");
		assertThat(run(aduan, good.toString())).isZero();
		assertThat(text(out)).contains("0 pengaduan diimpor dari 425 baris (425 sudah ada");

		assertThat(run(aduan, bad.toString())).isEqualTo(1);
		assertThat(text(err)).contains("row 2, column received_at: Tanggal \"2023-13-01\" tidak dapat dibaca");

		assertThat(run(aduan, dir.resolve("tidak-ada.csv").toString())).isEqualTo(2);
		assertThat(text(err)).contains("Berkas tidak dapat dibaca");
		Path binary = dir.resolve("rusak.xlsx");
		Files.write(binary, new byte[] { 'P', 'K', 3, 4, 0, 0, 0, 0 });
		assertThat(run(aduan, binary.toString())).isEqualTo(2);
		assertThat(text(err)).contains("tidak dapat dibaca sebagai CSV atau XLSX");
		assertThat(run(aduan)).isEqualTo(2);
		assertThat(text(err)).contains("Penggunaan: java -jar aduan.jar import-history");
		assertThat(run(aduan, "a.csv", "b.csv")).isEqualTo(2);
		assertThat(run(aduan, good.toString(), "--kering")).isEqualTo(2);

		try (ConfigurableApplicationContext context = aduan.apply(List.of())) {
			assertThat(context.getBean(JdbcClient.class)
				.sql("select count(*) from complaint where import_reference like 'CLI-%'")
				.query(Long.class)
				.single()).isEqualTo(425);
		}
	}

	int run(Function<List<String>, ConfigurableApplicationContext> aduan, String... arguments) {
		out.reset();
		err.reset();
		return ImportHistoryCommand.run(List.of(arguments), aduan, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	static String text(ByteArrayOutputStream stream) {
		return stream.toString(StandardCharsets.UTF_8);
	}
}
