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
 * rounded by largest remainder sum to exactly 100,0%; anything further off is a finding, unless every
 * share is its own count over the breakdown's total rounded half-up and the counts make that total:
 * then the sum's distance from 100 is rounding alone, which grows with the number of items (fourteen
 * shares of 7,1% make 99,4%), and Aduan's own reports say so in a note under such a breakdown. When precisions are mixed
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
			.filter(breakdown -> !roundingAlone(breakdown))
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

	/** Every share is its count over the total, rounded half-up, and the counts make the total. */
	private static boolean roundingAlone(Breakdown breakdown) {
		long base = PercentagesMatchCounts.base(breakdown);
		if (base <= 0 || breakdown.sum() != base) {
			return false;
		}
		return breakdown.items().stream().allMatch(item -> {
			BigDecimal exact = BigDecimal.valueOf(item.count())
				.multiply(HUNDRED)
				.divide(BigDecimal.valueOf(base), java.math.MathContext.DECIMAL64);
			return exact.subtract(item.percentage().value()).abs().compareTo(item.percentage().tolerance()) <= 0;
		});
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
