package id.aduan.reportaudit;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Turns a message key and its arguments into a sentence in the reader's language. The page and the
 * API word through Spring's message source; the CLI, which starts no Spring, reads the same bundles
 * with {@link #bundle(Locale)}, so a text lives in one place only.
 */
@FunctionalInterface
public interface Wording {

	String text(String key, Object... arguments);

	/**
	 * Reads {@code messages*.properties} (UTF-8) directly, formatting as Spring does: through
	 * {@link MessageFormat} when there are arguments, as written when there are none. Indonesian is the
	 * base bundle; the JVM's own locale is never a fallback.
	 */
	static Wording bundle(Locale locale) {
		ResourceBundle bundle = ResourceBundle.getBundle("messages", locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		return (key, arguments) -> {
			String pattern = bundle.getString(key);
			return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
		};
	}
}
