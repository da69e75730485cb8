package id.aduan.intake.lapor;

import java.util.List;

/** A LAPOR! file with problems: nothing of it was imported; every problem is named by row and column. */
public class LaporImportRejected extends RuntimeException {

	private final List<LaporProblem> problems;

	public LaporImportRejected(List<LaporProblem> problems) {
		super(problems.size() + " problems in the LAPOR! file");
		this.problems = List.copyOf(problems);
	}

	public List<LaporProblem> problems() {
		return problems;
	}
}
