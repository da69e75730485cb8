package id.aduan.system;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what is wrong with a user's input, field by field, so that all of it is reported at
 * once; {@link #throwIfAny()} ends the check. The rules of single fields are declared on the input's
 * record ({@link Required}, {@link MaxLength}, {@link PlainText}, {@link EmailAddress},
 * {@link PhoneNumber}) and collected here by {@link #validate}; what Bean Validation cannot see (one field
 * against another, a code the database must know) is added with {@link #check} and {@link #add}, so
 * that both kinds are reported in one answer.
 */
public final class Problems {

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

	public Problems check(boolean ok, String field, String messageKey, Object... arguments) {
		if (!ok) {
			add(field, messageKey, arguments);
		}
		return this;
	}

	public void throwIfAny() {
		InvalidInput.throwIfAny(problems);
	}

	/** Trimmed, or null when nothing was typed: how optional texts are stored. */
	public static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
