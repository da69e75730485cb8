package id.aduan.audit;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.context.ConfigurableApplicationContext;

import id.aduan.system.CommandArguments;
import id.aduan.system.CommandMessages;

/**
 * {@code java -jar aduan.jar verify-audit [--seal] [--anchor NUMBER:HASH] [--spring.…=…]}: checks the
 * audit chain of the configured database and names the first broken entry. Read-only unless
 * {@code --seal} asks to seal waiting entries first (useful when Aduan is stopped). Exit code 0 when the
 * chain is intact, 1 when it is broken, 2 when it cannot be checked (wrong arguments, no database).
 */
public final class VerifyAuditCommand {

	public static final int INTACT = 0;

	public static final int BROKEN = 1;

	public static final int FAILED = 2;

	private VerifyAuditCommand() {
	}

	public static int run(List<String> arguments, Function<List<String>, ConfigurableApplicationContext> application,
			PrintStream out, PrintStream err) {
		CommandMessages messages = CommandMessages.indonesian();
		CommandArguments command = CommandArguments.parse(arguments, Set.of("seal"), Set.of("anchor"));
		Optional<AuditVerification.Anchor> anchor;
		try {
			anchor = command.value("anchor").map(VerifyAuditCommand::anchor);
		}
		catch (IllegalArgumentException wrong) {
			anchor = null;
		}
		if (!command.unknown().isEmpty() || anchor == null) {
			err.println(messages.text("production.audit.usage"));
			return FAILED;
		}
		List<String> settings = new ArrayList<>(command.settings());
		try (ConfigurableApplicationContext context = application.apply(settings)) {
			if (command.has("seal")) {
				out.println(messages.text("production.audit.sealedNow", context.getBean(AuditSealing.class).sealPending()));
			}
			ChainReport report = context.getBean(AuditVerification.class).verify(anchor);
			print(report, messages, out);
			return report.intact() ? INTACT : BROKEN;
		}
		catch (RuntimeException failed) {
			err.println(messages.failure(failed));
			return FAILED;
		}
	}

	static void print(ChainReport report, CommandMessages messages, PrintStream out) {
		report.firstBreak().ifPresentOrElse(broken -> {
			out.println(messages.text("production.audit.broken." + broken.kind().name(), broken.chainSeq(),
					broken.entryId() == null ? "-" : broken.entryId(),
					broken.occurredAt() == null ? "-" : broken.occurredAt().toString(),
					broken.action() == null ? "-" : broken.action(), broken.actor() == null ? "-" : broken.actor()));
		}, () -> out.println(messages.text("production.audit.intact", report.sealed())));
		out.println(messages.text("production.audit.head", report.headSeq(), report.headHash()));
		if (report.unsealed() > 0) {
			out.println(messages.text("production.audit.unsealed", report.unsealed(), report.oldestUnsealed().toString()));
		}
	}

	private static AuditVerification.Anchor anchor(String text) {
		String[] parts = text.split(":", 2);
		if (parts.length != 2 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("[0-9a-fA-F]{64}")) {
			throw new IllegalArgumentException(text);
		}
		return new AuditVerification.Anchor(Long.parseLong(parts[0]), parts[1].toLowerCase());
	}
}
