package id.aduan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** What {@code java -jar aduan.jar ARGUMENTS} does, decided before anything starts. */
class CommandLineTest {

	static final Function<List<String>, ConfigurableApplicationContext> NOT_STARTED = settings -> {
		throw new AssertionError("Aduan must not start for this command line");
	};

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void anUnknownVerbOrOptionPrintsTheUsageAndExits2InsteadOfStartingTheServer() {
		for (String[] arguments : List.of(new String[] { "foo" }, new String[] { "--bogus" },
				new String[] { "--server.port=8080", "foo" }, new String[] { "-Dserver.port=8080" },
				new String[] { "report.csv" })) {
			err.reset();
			assertThat(run(arguments)).as(String.join(" ", arguments)).hasValue(2);
			assertThat(text(err)).startsWith("Perintah atau pilihan tidak dikenal: " + arguments[arguments.length - 1])
				.contains("Penggunaan: java -jar aduan.jar");
		}
	}

	@Test
	void helpPrintsTheUsageListingEveryVerbAndExits0() {
		assertThat(run("--help")).hasValue(0);
		assertThat(run("help")).hasValue(0);
		assertThat(text(out)).contains("Penggunaan: java -jar aduan.jar", "--server.port=8080",
				"--spring.profiles.active=postgres", "report --from", "backup --out", "restore --in", "verify-audit",
				"audit [--json]", "import-history BERKAS.csv|BERKAS.xlsx [--dry-run]", "demo", "help, --help");
		assertThat(text(err)).isEmpty();
	}

	@Test
	void noArgumentsOrOnlySpringSettingsStartTheServer() {
		assertThat(run()).isEmpty();
		assertThat(run("--server.port=8080")).isEmpty();
		assertThat(run("--spring.profiles.active=postgres", "--management.server.port=9091",
				"--spring.mail.properties.mail.smtp.starttls.enable=true", "--aduan.followup.public-url=https://a.go.id/x?y=1"))
			.isEmpty();
		assertThat(run("--debug")).isEmpty();
		assertThat(text(out) + text(err)).isEmpty();
	}

	@Test
	void settingsWrittenBeforeAVerbGoToTheVerb() {
		List<String> received = new ArrayList<>();
		CommandLine commandLine = new CommandLine(Map.of("backup", (arguments, application, out, err) -> {
			received.addAll(arguments);
			return 0;
		}), NOT_STARTED);

		OptionalInt exit = commandLine.run(new String[] { "--spring.profiles.active=postgres", "backup", "--out", "b.zip" },
				print(out), print(err));

		assertThat(exit).hasValue(0);
		assertThat(received).containsExactly("--out", "b.zip", "--spring.profiles.active=postgres");
	}

	@Test
	void importHistoryAndDemoExplainTheirOwnMistakesWithoutStartingAduan() {
		assertThat(run("import-history")).hasValue(2);
		assertThat(text(err)).contains("Penggunaan: java -jar aduan.jar import-history");
		assertThat(run("import-history", "tidak-ada.csv")).hasValue(2);
		assertThat(text(err)).contains("Berkas tidak dapat dibaca");
		assertThat(run("demo", "--banyak")).hasValue(2);
		assertThat(text(err)).contains("Penggunaan: java -jar aduan.jar demo");
	}

	@Test
	void aVerbsOwnMistakeIsItsUsageAndExitCode2WithoutStartingAduan() {
		assertThat(run("report", "--from", "2023-01-01")).hasValue(2);
		assertThat(text(err)).contains("Penggunaan: java -jar aduan.jar report");
		assertThat(run("backup", "--bogus")).hasValue(2);
		assertThat(run("restore")).hasValue(2);
		assertThat(run("verify-audit", "--anchor", "x")).hasValue(2);
		assertThat(run("audit")).hasValue(2);
	}

	private OptionalInt run(String... arguments) {
		return new CommandLine(CommandLine.verbs(), NOT_STARTED).run(arguments, print(out), print(err));
	}

	private static PrintStream print(ByteArrayOutputStream stream) {
		return new PrintStream(stream, true, StandardCharsets.UTF_8);
	}

	private static String text(ByteArrayOutputStream stream) {
		return stream.toString(StandardCharsets.UTF_8);
	}
}
