package id.aduan.reportaudit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The {@code audit} verb as a shell script would run it: files in, exit code and output out. */
class AuditCommandTest {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void findingsInTheSeedReportExitWith1AndPrintOneIndonesianLinePerFinding() throws IOException {
		int exit = run(file("seed.txt", Fixtures.bytes(Fixtures.SEED)));

		assertThat(exit).isEqualTo(AuditCommand.FINDINGS);
		List<String> lines = out().lines().toList();
		assertThat(lines).hasSize(38);
		assertThat(lines).contains("Baris 71 · Angka dan terbilang berbeda: Angka 1104 ditulis dengan huruf \"seratus empat\", "
				+ "yang berarti 104. Terbilang untuk 1104 adalah \"seribu seratus empat\"; periksa mana yang benar. "
				+ "(seharusnya: seribu seratus empat; tertulis: seratus empat) [TERBILANG_MISMATCH]");
		assertThat(lines.get(lines.size() - 1)).isEqualTo("37 temuan.");
		assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	@Test
	void withJsonItPrintsAnArrayOfFindingsWithTheContractedFields() throws IOException {
		int exit = run("--json", file("seed.txt", Fixtures.bytes(Fixtures.SEED)));

		assertThat(exit).isEqualTo(AuditCommand.FINDINGS);
		JsonNode findings = JsonMapper.builder().build().readTree(out());
		assertThat(findings.size()).isEqualTo(37);
		JsonNode weekday = findings.get(36);
		assertThat(weekday.propertyNames()).containsExactly("rule", "line", "text", "expected", "found", "message");
		assertThat(weekday.get("rule").asString()).isEqualTo("WEEKDAY_MISMATCH");
		assertThat(weekday.get("line").asInt()).isEqualTo(189);
		assertThat(weekday.get("expected").asString()).isEqualTo("Selasa");
		assertThat(weekday.get("found").asString()).isEqualTo("Rabu");
		assertThat(weekday.get("message").asString()).isEqualTo("6 Juni 2023 jatuh pada hari Selasa, bukan Rabu.");
	}

	@Test
	void aCleanReportExitsWith0() throws IOException {
		assertThat(run(file("bersih.txt", Fixtures.bytes(Fixtures.CLEAN)))).isEqualTo(AuditCommand.NOTHING_FOUND);
		assertThat(out()).isEqualTo("Tidak ada temuan." + System.lineSeparator());

		out.reset();
		assertThat(run("--json", file("bersih.txt", Fixtures.bytes(Fixtures.CLEAN)))).isZero();
		assertThat(out().strip()).isEqualTo("[ ]");
	}

	@Test
	void aDocxOrPdfIsAuditedThroughTheSamePath() throws IOException {
		assertThat(run(file("laporan.docx", ReportReadingTest.docx()))).isEqualTo(AuditCommand.FINDINGS);
		assertThat(out()).contains("Baris 4 · Angka dan terbilang berbeda:").contains("[TERBILANG_MISMATCH]");

		out.reset();
		assertThat(run(file("laporan.pdf", ReportReadingTest.pdf(ReportReadingTest.REPORT)))).isEqualTo(1);
		assertThat(out()).contains("Baris 4 (halaman 1) · Angka dan terbilang berbeda: Angka 18");
	}

	@Test
	void aWorkbookIsAuditedThroughTheSamePath() throws IOException {
		assertThat(run("--json", file("rekap.xlsx", RecapTablesAuditTest.xlsx()))).isEqualTo(AuditCommand.FINDINGS);
		assertThat(JsonMapper.builder().build().readTree(out()).size()).isEqualTo(3);
	}

	@Test
	void aFileThatCannotBeReadExitsWith2AndSaysWhyOnStderr() throws IOException {
		assertThat(run(folder.resolve("tidak-ada.txt").toString())).isEqualTo(AuditCommand.UNREADABLE);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("tidak-ada.txt tidak dapat dibaca")
			.contains("Berkas tidak ditemukan");

		err.reset();
		assertThat(run(file("foto.png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0 }))).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("Jenis berkas tidak didukung");
		assertThat(out()).isEmpty();
	}

	@Test
	void misuseExitsWith2AndShowsHowToUseIt() {
		assertThat(AuditCommand.run(List.of(), print(out), print(err))).isEqualTo(2);
		assertThat(AuditCommand.run(List.of("--xml", "a.txt"), print(out), print(err))).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("java -jar aduan.jar audit [--json] BERKAS");
	}

	private int run(String... arguments) {
		return AuditCommand.run(List.of(arguments), print(out), print(err));
	}

	private String file(String name, byte[] content) throws IOException {
		return Files.write(folder.resolve(name), content).toString();
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private static PrintStream print(ByteArrayOutputStream into) {
		return new PrintStream(into, true, StandardCharsets.UTF_8);
	}
}
