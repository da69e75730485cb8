package id.aduan.reportaudit.rules;

import java.util.List;

import id.aduan.reportaudit.Finding;
import id.aduan.reportaudit.Rule;
import id.aduan.reportaudit.reading.Breakdown;
import id.aduan.reportaudit.reading.ReportStructure;

/**
 * SUM_MISMATCH: the items of a breakdown must add up to the total stated for it, a table's rows to
 * its Jumlah row (the finding then names the table and the column). A list that only gives examples
 * ("antara lain") need not. The finding sits on the line that states the total.
 */
public final class BreakdownAddsUp implements AuditPolicy {

	@Override
	public List<Finding> check(ReportStructure report) {
		return report.breakdowns()
			.stream()
			.filter(breakdown -> breakdown.hasTotal() && !breakdown.partial())
			.filter(breakdown -> breakdown.sum() != breakdown.total().value())
			.map(BreakdownAddsUp::finding)
			.toList();
	}

	private static Finding finding(Breakdown breakdown) {
		long total = breakdown.total().value();
		if (breakdown.inTable()) {
			return Finding.of(Rule.SUM_MISMATCH, breakdown.total().line(), breakdown.total().text(),
					String.valueOf(total), String.valueOf(breakdown.sum()), total, breakdown.firstLine(),
					breakdown.lastLine(), breakdown.sum(), breakdown.table().table(), breakdown.table().column())
				.variant("table");
		}
		return Finding.of(Rule.SUM_MISMATCH, breakdown.total().line(), breakdown.total().text(),
				String.valueOf(total), String.valueOf(breakdown.sum()), total, breakdown.firstLine(),
				breakdown.lastLine(), breakdown.sum());
	}
}
