package id.aduan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.aduan.audit.VerifyAuditCommand;

/**
 * {@code verify-audit} on a database of its own, through the same start-up as {@code java -jar}: an
 * intact chain exits 0 and shows its head, a tampered entry exits 1 and is named, and a command that
 * cannot check exits 2 with the reason.
 */
class VerifyAuditCommandTest {

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	final TestDatabase database = TestDatabase.h2();

	@Test
	void anIntactChainExitsZeroAndShowsItsHeadToWriteDown() {
		try (AduanInstance aduan = AduanInstance.start(database)) {
			SampleComplaints.register(aduan, 3);
		}

		assertThat(run("--seal")).as(text(err)).isZero();
		assertThat(text(out)).contains("entri baru disegel ke dalam rantai")
			.contains("Rantai jejak audit utuh")
			.containsPattern("Kepala rantai: #\\d+ [0-9a-f]{64}");
		String head = text(out).replaceAll("(?s).*--anchor (\\d+:[0-9a-f]{64}).*", "$1");

		out.reset();
		assertThat(run("--anchor", head)).isZero();
		assertThat(text(out)).doesNotContain("belum tersegel");
	}

	@Test
	void aTamperedEntryExitsOneAndIsNamed() throws Exception {
		try (AduanInstance aduan = AduanInstance.start(database)) {
			SampleComplaints.register(aduan, 2);
		}
		assertThat(run("--seal")).isZero();

		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.executeUpdate("update audit_entry set actor = 'Orang lain' where chain_seq = 2");
		}
		out.reset();
		assertThat(run()).isEqualTo(VerifyAuditCommand.BROKEN);
		assertThat(text(out)).contains("Rantai jejak audit RUSAK pada entri #2 (id ")
			.contains("oleh Orang lain): isinya diubah setelah disegel.");
	}

	@Test
	void aCommandThatCannotCheckExitsTwoWithTheReason() {
		assertThat(run("--anchor", "12:bukan-hash")).isEqualTo(VerifyAuditCommand.FAILED);
		assertThat(text(err)).contains("Penggunaan: java -jar aduan.jar verify-audit");

		err.reset();
		int exit = VerifyAuditCommand.run(List.of("--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/aduan"),
				AduanApplication::withoutWeb, print(out), print(err));
		assertThat(exit).isEqualTo(VerifyAuditCommand.FAILED);
		assertThat(text(err)).contains("Perintah gagal:");
	}

	private int run(String... options) {
		List<String> arguments = new ArrayList<>(List.of(options));
		arguments.addAll(database.settings());
		return VerifyAuditCommand.run(arguments, AduanApplication::withoutWeb, print(out), print(err));
	}

	private static PrintStream print(ByteArrayOutputStream stream) {
		return new PrintStream(stream, true, StandardCharsets.UTF_8);
	}

	private static String text(ByteArrayOutputStream stream) {
		return stream.toString(StandardCharsets.UTF_8);
	}
}
