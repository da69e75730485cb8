package id.aduan.intake.lapor;

import java.util.List;

/** What a connector read: every report, and every problem found on the way; nothing is imported unless the latter is empty. */
public record LaporBatch(List<LaporReport> reports, List<LaporProblem> problems) {

	public LaporBatch {
		reports = List.copyOf(reports);
		problems = List.copyOf(problems);
	}
}
