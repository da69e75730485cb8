package id.aduan.system;

import java.util.Locale;

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

	/** The innermost reason of a failure: "Connection refused", not the layers of Spring wrapped around it. */
	public static String reason(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
	}
}
