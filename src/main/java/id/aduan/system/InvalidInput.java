package id.aduan.system;

import java.util.List;

import org.springframework.validation.BindingResult;

/**
 * Thrown when a user's input breaks one or more rules; carries every problem at once, so that a form
 * or an API client can fix them all in one go. Nothing has been stored when this is thrown.
 */
public class InvalidInput extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInput(List<FieldProblem> problems) {
		super("Invalid input: " + problems);
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("InvalidInput needs at least one problem");
		}
		this.problems = List.copyOf(problems);
	}

	public static InvalidInput of(String field, String messageKey, Object... arguments) {
		return new InvalidInput(List.of(FieldProblem.of(field, messageKey, arguments)));
	}

	public static void throwIfAny(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	public List<FieldProblem> problems() {
		return problems;
	}

	/**
	 * Copies the problems into a form's binding result so the page shows each beside its field. A field
	 * that already has an error (a value that could not even be read) keeps that one.
	 */
	public void applyTo(BindingResult binding) {
		for (FieldProblem problem : problems) {
			if (binding.hasFieldErrors(problem.field())) {
				continue;
			}
			Object[] args = problem.arguments().toArray();
			if (binding.getFieldType(problem.field()) != null || hasProperty(binding, problem.field())) {
				binding.rejectValue(problem.field(), problem.messageKey(), args, problem.messageKey());
			}
			else {
				binding.reject(problem.messageKey(), args, problem.messageKey());
			}
		}
	}

	private static boolean hasProperty(BindingResult binding, String field) {
		try {
			binding.getFieldValue(field);
			return true;
		}
		catch (RuntimeException notAField) {
			return false;
		}
	}
}
