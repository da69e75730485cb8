package id.aduan.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.context.ConfigurableApplicationContext;

import id.aduan.audit.AuditVerification;
import id.aduan.audit.ChainReport;
import id.aduan.system.CommandArguments;
import id.aduan.system.CommandMessages;
import id.aduan.system.RunningAduan;

/**
 * The {@code backup} and {@code restore} verbs. Both start Aduan without its web server and with
 * Flyway switched off: a backup must not upgrade the database it copies (an operator upgrading backs
 * up with the new jar first), and a restore first checks that its database is empty and then builds
 * the schema at the backup's own version. Exit codes: 0 done; 1 restored, but the restored audit
 * chain does not verify; 2 refused or failed (the reason on stderr). A backup may run while Aduan
 * runs on the same database (a nightly job); a restore may not, and says so.
 */
public final class BackupCommands {

	public static final int DONE = 0;

	public static final int CHAIN_BROKEN = 1;

	public static final int FAILED = 2;

	private static final String NO_MIGRATION = "--spring.flyway.enabled=false";

	private BackupCommands() {
	}

	/** {@code backup --out FILE}: the whole register into a new file, written aside and moved in place. */
	public static int backup(List<String> arguments, Function<List<String>, ConfigurableApplicationContext> application,
			PrintStream out, PrintStream err) {
		CommandMessages messages = CommandMessages.indonesian();
		CommandArguments command = CommandArguments.parse(arguments, Set.of(), Set.of("out"));
		if (!command.unknown().isEmpty() || !command.has("out")) {
			err.println(messages.text("production.backup.usage"));
			return FAILED;
		}
		Path target = Path.of(command.value("out").orElseThrow()).toAbsolutePath();
		if (Files.exists(target)) {
			err.println(messages.text("production.backup.exists", target));
			return FAILED;
		}
		if (!Files.isDirectory(target.getParent())) {
			err.println(messages.text("production.backup.noFolder", target.getParent()));
			return FAILED;
		}
		try (ConfigurableApplicationContext context = application.apply(settings(command))) {
			Path partial = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
			try {
				BackupSummary summary;
				try (OutputStream file = Files.newOutputStream(partial)) {
					summary = context.getBean(DatabaseBackup.class).write(file);
				}
				Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
				out.println(messages.text("production.backup.done", target, summary.complaints(), summary.attachments(),
						summary.auditEntries(), summary.tables(), summary.schemaVersion(), Files.size(target)));
				return DONE;
			}
			finally {
				Files.deleteIfExists(partial);
			}
		}
		catch (IOException | RuntimeException failed) {
			err.println(messages.failure(failed));
			return FAILED;
		}
	}

	/** {@code restore --in FILE}: a backup into an empty database, then the audit chain is checked. */
	public static int restore(List<String> arguments, Function<List<String>, ConfigurableApplicationContext> application,
			PrintStream out, PrintStream err) {
		CommandMessages messages = CommandMessages.indonesian();
		CommandArguments command = CommandArguments.parse(arguments, Set.of(), Set.of("in"));
		if (!command.unknown().isEmpty() || !command.has("in")) {
			err.println(messages.text("production.restore.usage"));
			return FAILED;
		}
		Path source = Path.of(command.value("in").orElseThrow()).toAbsolutePath();
		if (!Files.isReadable(source)) {
			err.println(messages.text("production.restore.unreadable", source, "-"));
			return FAILED;
		}
		ConfigurableApplicationContext started;
		try {
			started = application.apply(settings(command));
		}
		catch (RuntimeException failed) {
			err.println(messages.failure(failed));
			return FAILED;
		}
		try (ConfigurableApplicationContext context = started) {
			if (RunningAduan.joined(context.getEnvironment())) {
				err.println(messages.text("cli.restoreWhileRunning"));
				return FAILED;
			}
			BackupSummary summary;
			try {
				summary = context.getBean(DatabaseRestore.class).restore(source);
			}
			catch (DatabaseRestore.Refused refused) {
				err.println(messages.text(refused.messageKey(), refused.arguments()));
				return FAILED;
			}
			out.println(messages.text("production.restore.done", source, summary.complaints(), summary.attachments(),
					summary.auditEntries(), summary.tables(), summary.schemaVersion()));
			ChainReport chain = context.getBean(AuditVerification.class).verify(Optional.empty());
			chain.firstBreak().ifPresentOrElse(
					broken -> out.println(messages.text("production.audit.broken." + broken.kind().name(),
							broken.chainSeq(), broken.entryId(), broken.occurredAt(), broken.action(), broken.actor())),
					() -> out.println(messages.text("production.audit.intact", chain.sealed())));
			return chain.intact() ? DONE : CHAIN_BROKEN;
		}
		catch (RuntimeException failed) {
			err.println(messages.failure(failed));
			if (!CommandMessages.databaseInUse(failed)) {
				err.println(messages.text("production.restore.half"));
			}
			return FAILED;
		}
	}

	private static List<String> settings(CommandArguments command) {
		List<String> settings = new ArrayList<>(command.settings());
		settings.add(NO_MIGRATION);
		return settings;
	}
}
