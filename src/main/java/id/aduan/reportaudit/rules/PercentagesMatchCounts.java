package id.aduan.reportaudit.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

import id.aduan.reportaudit.Finding;
import id.aduan.reportaudit.Rule;
import id.aduan.reportaudit.reading.Breakdown;
import id.aduan.reportaudit.reading.Figures;
import id.aduan.reportaudit.reading.ListItem;
import id.aduan.reportaudit.reading.ReportStructure;

/**
 * PERCENT_MISMATCH: a stated percentage must equal count ÷ total within the rounding its shown
 * precision allows: "1%" for 1 of 122 (0,82%) is right, "3,4%" for 4 of 122 (3,28%) is not.
 * <p>
 * The total is the one the percentages were evidently computed from: the stated total, or the sum
 * of the items when the two differ and the percentages agree better with the sum. Otherwise one wrong
 * total (already a SUM_MISMATCH) would make every percentage of its breakdown a finding too, and hide
 * the one that is really wrong.
 * <p>
 * Shares rounded by the largest-remainder method (as Aduan's own reports are, so that they add up to
 * exactly 100) may each lie up to one unit of the last decimal from the exact value. A breakdown whose
 * shares add up to exactly 100 and each lie within one unit is such a rounding and is accepted; every
 * other breakdown is held to ordinary rounding (half a unit).
 */
public final class PercentagesMatchCounts implements AuditPolicy {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	@Override
	public List<Finding> check(ReportStructure report) {
		List<Finding> findings = new ArrayList<>();
		for (Breakdown breakdown : report.breakdowns()) {
			findings.addAll(check(breakdown, base(breakdown)));
		}
		return findings;
	}

	/** Every item has a share, the shares add up to exactly 100, and each is within one unit of its exact value. */
	static boolean isLargestRemainderRounding(Breakdown breakdown, long base) {
		if (breakdown.items().isEmpty() || breakdown.items().stream().anyMatch(item -> !item.hasPercentage())) {
			return false;
		}
		BigDecimal sum = BigDecimal.ZERO;
		for (ListItem item : breakdown.items()) {
			BigDecimal exact = BigDecimal.valueOf(item.count())
				.multiply(HUNDRED)
				.divide(BigDecimal.valueOf(base), MathContext.DECIMAL64);
			if (exact.subtract(item.percentage().value()).abs().compareTo(item.percentage().unit()) >= 0) {
				return false;
			}
			sum = sum.add(item.percentage().value());
		}
		return sum.compareTo(HUNDRED) == 0;
	}

	/** The total the percentages of a breakdown are shares of. */
	static long base(Breakdown breakdown) {
		long sum = breakdown.sum();
		if (!breakdown.hasTotal() || breakdown.total().value() == 0) {
			return sum;
		}
		long stated = breakdown.total().value();
		if (sum == 0 || sum == stated) {
			return stated;
		}
		return check(breakdown, sum).size() < check(breakdown, stated).size() ? sum : stated;
	}

	private static List<Finding> check(Breakdown breakdown, long base) {
		List<Finding> findings = new ArrayList<>();
		if (base <= 0 || isLargestRemainderRounding(breakdown, base)) {
			return findings;
		}
		for (ListItem item : breakdown.items()) {
			if (!item.hasPercentage()) {
				continue;
			}
			BigDecimal exact = BigDecimal.valueOf(item.count())
				.multiply(HUNDRED)
				.divide(BigDecimal.valueOf(base), MathContext.DECIMAL64);
			BigDecimal off = exact.subtract(item.percentage().value()).abs();
			if (off.compareTo(item.percentage().tolerance()) > 0) {
				String expected = Figures.percent(exact, item.percentage().decimals());
				String found = Figures.percent(item.percentage().value(), item.percentage().decimals());
				findings.add(Finding.of(Rule.PERCENT_MISMATCH, item.line(), item.span(), expected, found,
						item.count(), base, expected, found));
			}
		}
		return findings;
	}
}
