package id.aduan.system;

import java.util.List;

/**
 * One thing wrong with one field of a user's input, as a message key so the answer can be given in
 * the user's language. {@code field} is the name the form or JSON body uses (e.g.
 * {@code complainant.email}).
 */
public record FieldProblem(String field, String messageKey, List<Object> arguments) {

	public FieldProblem {
		arguments = List.copyOf(arguments);
	}

	public static FieldProblem of(String field, String messageKey, Object... arguments) {
		return new FieldProblem(field, messageKey, List.of(arguments));
	}
}
