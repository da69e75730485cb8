package id.aduan.history;

import java.util.List;

/**
 * What is wrong in one cell of the office's file (or with the whole file: {@code row} 0), as a message
 * key so that it is shown in the reader's language. {@code row} is the row number the spreadsheet shows,
 * the header being row 1; {@code column} the header's name.
 */
public record RowProblem(int row, String column, String messageKey, List<Object> arguments) {

	public RowProblem {
		arguments = List.copyOf(arguments);
	}

	static RowProblem of(int row, String column, String messageKey, Object... arguments) {
		return new RowProblem(row, column, messageKey, List.of(arguments));
	}
}
