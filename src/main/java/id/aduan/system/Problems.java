package id.aduan.system;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects what is wrong with a user's input, field by field, so that all of it is reported at
 * once; {@link #throwIfAny()} ends the check. The common rules (required, length, email, phone)
 * live here so that every form words them the same way.
 * <p>
 * Every text checked by {@link #required} or {@link #optional} is also refused when it holds a
 * control character other than tab, line feed and carriage return, or half of a surrogate pair: a NUL
 * is stored by H2 but refused by PostgreSQL, and none of them may appear in XML (Open311), so one such
 * character would break every client's list and a restore. A door that cannot ask back (email) drops
 * them with {@link #withoutControlCharacters}. The vertical tab and the form feed are let through: they
 * are the line and page breaks a word processor pastes, which nobody typing can see or remove; both
 * databases store them, the documents read them as spaces, and Open311's XML leaves them out.
 */
public final class Problems {

	private static final Pattern EMAIL = Pattern
		.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

	/** Indonesian numbers as people write them: +62 or 0, then 8 to 13 more digits, spaces and dashes allowed. */
	private static final Pattern PHONE = Pattern.compile("(\\+62|62|0)[0-9]{7,13}");

	private final List<FieldProblem> problems = new ArrayList<>();

	public Problems add(String field, String messageKey, Object... arguments) {
		problems.add(FieldProblem.of(field, messageKey, arguments));
		return this;
	}

	/**
	 * Adds a problem for each field of {@code input} that breaks a rule declared on it, unless the field
	 * already has one (a required field told with a key of its own, for instance): one problem a field.
	 */
	public Problems validate(Object input) {
		return validate(null, input);
	}

	/**
	 * As {@link #validate(Object)}, for a part of a larger input that the form names with a prefix
	 * ({@code complainant} gives {@code complainant.email}).
	 */
	public Problems validate(String prefix, Object input) {
		FieldValidation.problemsOf(prefix, input).stream().filter(problem -> !has(problem.field())).forEach(problems::add);
		return this;
	}

	public boolean has(String field) {
		return problems.stream().anyMatch(problem -> problem.field().equals(field));
	}

	public boolean isEmpty() {
		return problems.isEmpty();
	}

	/** A text that must be given, at most {@code max} characters after trimming. */
	public Problems required(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			add(field, "field.required");
		}
		else {
			tooLong(field, value, max);
			controlCharacters(field, value);
		}
		return this;
	}

	/** A text that may be empty, at most {@code max} characters after trimming. */
	public Problems optional(String field, String value, int max) {
		if (value != null) {
			tooLong(field, value, max);
			controlCharacters(field, value);
		}
		return this;
	}

	public Problems email(String field, String value) {
		if (value != null && !value.isBlank()) {
			String trimmed = value.trim();
			if (trimmed.length() > 200 || !EMAIL.matcher(trimmed).matches()) {
				add(field, "field.email.invalid");
			}
		}
		return this;
	}

	public Problems phone(String field, String value) {
		if (value != null && !value.isBlank() && !PHONE.matcher(normalizedPhone(value)).matches()) {
			add(field, "field.phone.invalid");
		}
		return this;
	}

	public Problems check(boolean ok, String field, String messageKey, Object... arguments) {
		if (!ok) {
			add(field, messageKey, arguments);
		}
		return this;
	}

	public void throwIfAny() {
		InvalidInput.throwIfAny(problems);
	}

	/** A phone number without the spaces, dashes, dots and brackets people type. */
	public static String normalizedPhone(String value) {
		return value.replaceAll("[\\s().-]", "");
	}

	/** Trimmed, or null when nothing was typed: how optional texts are stored. */
	public static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	/** The text without the characters {@link #required} and {@link #optional} refuse; null stays null. */
	public static String withoutControlCharacters(String value) {
		if (value == null || !hasControlCharacters(value)) {
			return value;
		}
		StringBuilder kept = new StringBuilder(value.length());
		value.codePoints().filter(cp -> !isRefused(cp)).forEach(kept::appendCodePoint);
		return kept.toString();
	}

	private static boolean hasControlCharacters(String value) {
		return value.codePoints().anyMatch(Problems::isRefused);
	}

	/** A control character other than tab, line feed and carriage return, or a lone half of a surrogate pair. */
	private static boolean isRefused(int codePoint) {
		return Character.isISOControl(codePoint) && codePoint != '\t' && codePoint != '\n' && codePoint != '\r'
				&& codePoint != 0x0B && codePoint != 0x0C || Character.getType(codePoint) == Character.SURROGATE;
	}

	private void controlCharacters(String field, String value) {
		if (hasControlCharacters(value) && !has(field)) {
			add(field, "field.controlCharacters");
		}
	}

	private void tooLong(String field, String value, int max) {
		if (value.trim().length() > max) {
			add(field, "field.tooLong", max);
		}
	}
}
