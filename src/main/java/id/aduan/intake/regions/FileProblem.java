package id.aduan.intake.regions;

import java.io.Serializable;
import java.util.List;

/**
 * What is wrong in one cell of an imported region list (or with the whole file: {@code row} 0), as a
 * message key so that it is shown in the reader's language. {@code row} is the row number the
 * spreadsheet shows, the header being row 1; {@code column} the header's name.
 */
record FileProblem(int row, String column, String messageKey, List<Object> arguments) implements Serializable {

	FileProblem {
		arguments = List.copyOf(arguments);
	}

	static FileProblem of(int row, String column, String messageKey, Object... arguments) {
		return new FileProblem(row, column, messageKey, List.of(arguments));
	}
}
