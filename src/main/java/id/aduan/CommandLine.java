package id.aduan;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

import org.springframework.context.ConfigurableApplicationContext;

import id.aduan.audit.VerifyAuditCommand;
import id.aduan.backup.BackupCommands;
import id.aduan.demo.DemoCommand;
import id.aduan.history.ImportHistoryCommand;
import id.aduan.reportaudit.AuditCommand;
import id.aduan.reports.ReportCommand;
import id.aduan.system.CommandMessages;

/**
 * What {@code java -jar aduan.jar ARGUMENTS} does. No argument, or only Spring settings
 * ({@code --server.port=8080}, {@code --spring.profiles.active=postgres}, {@code --debug}): the server.
 * A verb ({@code report}, {@code backup}, ...): that verb, with the settings written before it passed
 * along, and its exit code. Anything else (an unknown verb, {@code --bogus}, a verb of a later version)
 * prints the usage and exits 2, instead of starting the server, which a script would never notice;
 * {@code help} prints it and exits 0.
 */
final class CommandLine {

	/** A verb's exit code when the command line is wrong. */
	static final int MISUSED = 2;

	/** Spring Boot's own switches without a value, which start the server like any setting. */
	private static final Set<String> SPRING_SWITCHES = Set.of("--debug", "--trace");

	private static final Set<String> HELP = Set.of("help", "--help", "-h");

	/** One verb: its arguments, the way to start Aduan without its web server, and where to write. */
	@FunctionalInterface
	interface Verb {

		int run(List<String> arguments, Function<List<String>, ConfigurableApplicationContext> application,
				PrintStream out, PrintStream err);
	}

	private final Map<String, Verb> verbs;

	private final Function<List<String>, ConfigurableApplicationContext> application;

	private final CommandMessages messages = CommandMessages.indonesian();

	CommandLine(Map<String, Verb> verbs, Function<List<String>, ConfigurableApplicationContext> application) {
		this.verbs = verbs;
		this.application = application;
	}

	/** The verbs of the jar, in the order the usage lists them. */
	static Map<String, Verb> verbs() {
		Map<String, Verb> verbs = new LinkedHashMap<>();
		verbs.put("report", ReportCommand::run);
		verbs.put("backup", BackupCommands::backup);
		verbs.put("restore", BackupCommands::restore);
		verbs.put("verify-audit", VerifyAuditCommand::run);
		verbs.put("audit", (arguments, application, out, err) -> AuditCommand.runAlone(arguments, out, err));
		verbs.put("import-history", ImportHistoryCommand::run);
		verbs.put("demo", DemoCommand::run);
		return verbs;
	}

	/** The verb's exit code, or empty when the arguments ask for the server. */
	OptionalInt run(String[] arguments, PrintStream out, PrintStream err) {
		List<String> settings = new ArrayList<>();
		int first = 0;
		while (first < arguments.length && isSpringSetting(arguments[first])) {
			settings.add(arguments[first++]);
		}
		if (first == arguments.length) {
			return OptionalInt.empty();
		}
		String name = arguments[first];
		if (HELP.contains(name)) {
			out.println(usage());
			return OptionalInt.of(0);
		}
		Verb verb = verbs.get(name);
		if (verb == null) {
			err.println(messages.text("cli.unknown", name));
			err.println(usage());
			return OptionalInt.of(MISUSED);
		}
		List<String> rest = new ArrayList<>(Arrays.asList(arguments).subList(first + 1, arguments.length));
		rest.addAll(settings);
		return OptionalInt.of(verb.run(rest, application, out, err));
	}

	String usage() {
		StringBuilder usage = new StringBuilder(messages.text("cli.usage.head"));
		for (String verb : verbs.keySet()) {
			usage.append(System.lineSeparator())
				.append("  ")
				.append(messages.text("cli.verb." + verb + ".syntax"))
				.append(System.lineSeparator())
				.append("      ")
				.append(messages.text("cli.verb." + verb + ".purpose"));
		}
		usage.append(System.lineSeparator()).append("  help, --help").append(System.lineSeparator()).append("      ")
			.append(messages.text("cli.verb.help.purpose"));
		return usage.append(System.lineSeparator()).append(System.lineSeparator()).append(messages.text("cli.usage.tail"))
			.toString();
	}

	private static boolean isSpringSetting(String argument) {
		return (argument.startsWith("--") && argument.indexOf('=') > 2) || SPRING_SWITCHES.contains(argument);
	}

}
