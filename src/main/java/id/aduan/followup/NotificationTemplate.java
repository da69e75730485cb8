package id.aduan.followup;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of one kind of email, with placeholders in braces ({@code {kode}}). A placeholder without a
 * value is left as it is, so a typo in an edited template shows instead of vanishing.
 */
public record NotificationTemplate(NotificationKind kind, String subject, String body) {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

	public String subject(Map<String, String> values) {
		return fill(subject, values).replaceAll("[\\r\\n]+", " ");
	}

	public String body(Map<String, String> values) {
		return fill(body, values);
	}

	private static String fill(String text, Map<String, String> values) {
		Matcher matcher = PLACEHOLDER.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String value = values.get(matcher.group(1));
			matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? matcher.group() : value));
		}
		matcher.appendTail(out);
		return out.toString();
	}
}
