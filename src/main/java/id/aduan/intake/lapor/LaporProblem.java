package id.aduan.intake.lapor;

import java.util.List;

/**
 * What is wrong in one cell (or the whole file, {@code row} 0) of a LAPOR! export, as a message key so
 * that it is shown in the reader's language: "Baris 5, kolom Tanggal Laporan: …".
 */
public record LaporProblem(int row, String column, String messageKey, List<Object> arguments) {

	public LaporProblem {
		arguments = List.copyOf(arguments);
	}

	static LaporProblem of(int row, String column, String messageKey, Object... arguments) {
		return new LaporProblem(row, column, messageKey, List.of(arguments));
	}
}
