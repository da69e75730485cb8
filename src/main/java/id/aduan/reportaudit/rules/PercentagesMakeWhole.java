package id.aduan.reportaudit.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import id.aduan.reportaudit.Finding;
import id.aduan.reportaudit.Rule;
import id.aduan.reportaudit.reading.Breakdown;
import id.aduan.reportaudit.reading.Figures;
import id.aduan.reportaudit.reading.ListItem;
import id.aduan.reportaudit.reading.Percentage;
import id.aduan.reportaudit.reading.ReportStructure;

/**
 * PERCENT_TOTAL: the percentages of a complete breakdown must sum to 100, give or take one unit of
 * their shown precision: shares rounded half-up to one decimal may sum to 99,9% or 100,1%, shares
 * rounded by largest remainder sum to exactly 100,0%; anything further off is a finding (the
 * office's own rule for its reports, however many items are rounded). When precisions are mixed
 * ("1%" beside "85,2%") the coarsest one sets the unit. Only breakdowns that show a percentage on
 * every item are checked, and lists of examples ("antara lain") never.
 */
public final class PercentagesMakeWhole implements AuditPolicy {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	@Override
	public List<Finding> check(ReportStructure report) {
		return report.breakdowns()
			.stream()
			.filter(breakdown -> !breakdown.partial() && breakdown.everyItemHasPercentage())
			.filter(breakdown -> HUNDRED.subtract(sum(breakdown)).abs().compareTo(tolerance(breakdown)) > 0)
			.map(PercentagesMakeWhole::finding)
			.toList();
	}

	private static Finding finding(Breakdown breakdown) {
		int decimals = breakdown.items().stream().mapToInt(item -> item.percentage().decimals()).max().orElse(0);
		String sum = Figures.percent(sum(breakdown), decimals);
		String tolerance = tolerance(breakdown).stripTrailingZeros().toPlainString().replace('.', ',') + "%";
		String parts = breakdown.items().stream().map(item -> item.percentage().text())
			.collect(Collectors.joining(" + "));
		if (breakdown.inTable()) {
			return Finding.of(Rule.PERCENT_TOTAL, breakdown.firstLine(), parts, "100%", sum, breakdown.firstLine(),
					breakdown.lastLine(), sum, tolerance, breakdown.table().table(), breakdown.table().shareColumn())
				.variant("table");
		}
		return Finding.of(Rule.PERCENT_TOTAL, breakdown.firstLine(), parts, "100%", sum, breakdown.firstLine(),
				breakdown.lastLine(), sum, tolerance);
	}

	private static BigDecimal sum(Breakdown breakdown) {
		return breakdown.items().stream().map(ListItem::percentage).map(Percentage::value)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static BigDecimal tolerance(Breakdown breakdown) {
		return breakdown.items().stream().map(ListItem::percentage).map(Percentage::unit)
			.max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
	}
}
