package id.aduan.reports;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;

import id.aduan.accounts.Actor;
import id.aduan.accounts.Role;
import id.aduan.system.CommandArguments;
import id.aduan.system.CommandMessages;
import id.aduan.system.FieldProblem;
import id.aduan.system.InvalidInput;

/**
 * {@code java -jar aduan.jar report --from 2023-01-01 --to 2023-06-30 --format docx|pdf|xlsx --out FILE
 * [--signed-on 2023-07-03]}: the report of a period from the configured database, on the same code path
 * as the page, also while Aduan runs on the same database (a nightly job). Exit code 0 when the file is
 * written, 2 when the command or its period is wrong or the database cannot be reached.
 */
public final class ReportCommand {

	static final String USAGE = "Penggunaan: java -jar aduan.jar report --from YYYY-MM-DD --to YYYY-MM-DD "
			+ "--format docx|pdf|xlsx --out BERKAS [--signed-on YYYY-MM-DD]";

	/**
	 * Whoever runs the command can read the database, so the report is written as the head of office
	 * would get it, with every chosen documentation photo.
	 */
	static final Actor READER = new Actor(null, "Baris perintah", Role.HEAD, null);

	private ReportCommand() {
	}

	/**
	 * Runs the command; {@code application} starts Aduan (without its web server, with the Spring
	 * settings among the arguments, {@code --spring.profiles.active=postgres}) only when the arguments
	 * are right.
	 */
	public static int run(List<String> args, Function<List<String>, ConfigurableApplicationContext> application,
			PrintStream out, PrintStream err) {
		CommandArguments command = CommandArguments.parse(args, Set.of(), Set.of("from", "to", "format", "out", "signed-on"));
		if (!command.unknown().isEmpty()) {
			err.println("Argumen tidak dikenal atau tanpa nilai: " + command.unknown().get(0));
			err.println(USAGE);
			return 2;
		}
		Map<String, String> options = command.options();
		ReportFormat format = ReportFormat.parse(options.get("format"));
		if (!options.containsKey("from") || !options.containsKey("to") || !options.containsKey("out") || format == null) {
			err.println(USAGE);
			return 2;
		}
		LocalDate from;
		LocalDate to;
		LocalDate signedOn;
		try {
			from = LocalDate.parse(options.get("from"));
			to = LocalDate.parse(options.get("to"));
			signedOn = options.containsKey("signed-on") ? LocalDate.parse(options.get("signed-on")) : null;
		}
		catch (DateTimeParseException wrong) {
			err.println("Tanggal tidak valid: " + wrong.getParsedString() + " (gunakan format YYYY-MM-DD).");
			return 2;
		}
		ConfigurableApplicationContext started;
		try {
			started = application.apply(command.settings());
		}
		catch (RuntimeException failed) {
			err.println(CommandMessages.indonesian().failure(failed));
			return 2;
		}
		try (ConfigurableApplicationContext context = started) {
			MessageSource messages = context.getBean(MessageSource.class);
			try {
				ReportExports.Export export = context.getBean(ReportExports.class)
					.export(new ReportPeriod(from, to), signedOn, format, READER);
				Path target = Path.of(options.get("out"));
				Files.write(target, export.content());
				out.println("Laporan " + export.fileName() + " ditulis ke " + target.toAbsolutePath() + " ("
						+ export.content().length + " bita).");
				return 0;
			}
			catch (InvalidInput invalid) {
				for (FieldProblem problem : invalid.problems()) {
					err.println(problem.field() + ": " + messages.getMessage(problem.messageKey(),
							problem.arguments().toArray(), problem.messageKey(), Locale.forLanguageTag("id")));
				}
				return 2;
			}
			catch (IOException failed) {
				err.println("Berkas tidak dapat ditulis: " + failed.getMessage());
				return 2;
			}
			catch (RuntimeException failed) {
				err.println(CommandMessages.indonesian().failure(failed));
				return 2;
			}
		}
	}
}
