package id.aduan.history;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;

import id.aduan.accounts.Actor;
import id.aduan.accounts.Role;
import id.aduan.system.CommandArguments;
import id.aduan.system.CommandMessages;


/**
 * {@code java -jar aduan.jar import-history FILE.csv|FILE.xlsx [--dry-run]}: the office's history from
 * the command line, on the configured database. Exit codes are a contract: 0 imported (or, dry, would
 * import) with a summary line; 1 some row refused, nothing stored, each refusal printed as
 * {@code row N, column X: message}; 2 an unreadable file or wrong arguments.
 */
public final class ImportHistoryCommand {

	public static final int DONE = 0;

	public static final int REFUSED = 1;

	public static final int FAILED = 2;

	private ImportHistoryCommand() {
	}

	public static int run(List<String> arguments, Function<List<String>, ConfigurableApplicationContext> application,
			PrintStream out, PrintStream err) {
		CommandMessages messages = CommandMessages.indonesian();
		CommandArguments command = CommandArguments.parse(arguments, Set.of("dry-run"), Set.of());
		List<String> files = command.unknown().stream().filter(argument -> !argument.startsWith("-")).toList();
		if (files.size() != 1 || files.size() != command.unknown().size()) {
			err.println(messages.text("history.cli.usage"));
			return FAILED;
		}
		Path file = Path.of(files.get(0)).toAbsolutePath();
		byte[] content;
		try {
			content = Files.readAllBytes(file);
		}
		catch (IOException unreadable) {
			err.println(messages.text("history.cli.unreadable", file));
			return FAILED;
		}
		boolean dryRun = command.has("dry-run");
		Actor by = new Actor(null, messages.text("history.cli.actor", System.getProperty("user.name", "-")), Role.ADMIN,
				null);
		try (ConfigurableApplicationContext context = application.apply(command.settings())) {
			MessageSource texts = context.getBean(MessageSource.class);
			HistoryImportResult result = context.getBean(HistoryImport.class)
				.importFile(file.getFileName().toString(), content, dryRun, by);
			if (result.refused()) {
				boolean wholeFile = result.problems().stream().allMatch(problem -> problem.row() == 0);
				for (RowProblem problem : result.problems()) {
					String message = texts.getMessage(problem.messageKey(), problem.arguments().toArray(),
							problem.messageKey(), Locale.forLanguageTag("id"));
					err.println(problem.row() == 0 ? message
							: "row " + problem.row() + ", column " + problem.column() + ": " + message);
				}
				if (wholeFile) {
					return FAILED;
				}
				err.println(messages.text("history.cli.refused", result.problems().size()));
				return REFUSED;
			}
			out.println(messages.text(dryRun ? "history.cli.dryRun" : "history.cli.done", result.imported(),
					result.rows(), result.alreadyImported()));
			return DONE;
		}
		catch (RuntimeException failed) {
			err.println(messages.failure(failed));
			return FAILED;
		}
	}
}
