package id.aduan.system;

import java.sql.SQLException;
import java.util.Locale;

import org.h2.api.ErrorCode;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The texts of the command-line verbs, from the same bundles as the pages (Indonesian first). Read
 * without Spring's context, because a command must explain itself even when the application cannot
 * start, e.g. when the database is out of reach.
 */
public final class CommandMessages {

	private final ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();

	private final Locale locale;

	private CommandMessages(Locale locale) {
		this.locale = locale;
		bundle.setBasename("messages");
		bundle.setDefaultEncoding("UTF-8");
		bundle.setFallbackToSystemLocale(false);
	}

	public static CommandMessages indonesian() {
		return new CommandMessages(WebConfiguration.INDONESIAN);
	}

	public String text(String key, Object... arguments) {
		return bundle.getMessage(key, arguments, locale);
	}

	/**
	 * The one line a verb prints when it fails: the reason, or, when another process holds the embedded
	 * database (a verb still running, Aduan still starting), what to do about it, instead of H2's
	 * "Database may be already in use".
	 */
	public String failure(Throwable failure) {
		return databaseInUse(failure) ? text("cli.databaseInUse") : text("production.cli.failed", reason(failure));
	}

	/** Whether {@code failure} is H2's refusal to open an embedded database another process holds. */
	public static boolean databaseInUse(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
				return true;
			}
		}
		return false;
	}

	/** The innermost reason of a failure: "Connection refused", not the layers of Spring wrapped around it. */
	private static String reason(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
	}
}
