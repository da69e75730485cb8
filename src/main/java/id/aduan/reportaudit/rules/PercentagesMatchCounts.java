package id.aduan.reportaudit.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
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
 * exactly 100) may each lie up to one unit of the last decimal from the exact value. A breakdown that
 * is exactly such a rounding is accepted; every other breakdown is held to ordinary rounding (half a
 * unit).
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

	/**
	 * Whether the shares are exactly what the largest-remainder method gives at their precision: every
	 * item shown with the same number of decimals, each share its exact value rounded down or one unit
	 * more, the units added going to the largest remainders, and the shares adding up to exactly 100.
	 */
	static boolean isLargestRemainderRounding(Breakdown breakdown, long base) {
		List<ListItem> items = breakdown.items();
		if (items.isEmpty() || items.stream().anyMatch(item -> !item.hasPercentage())) {
			return false;
		}
		int decimals = items.get(0).percentage().decimals();
		if (items.stream().anyMatch(item -> item.percentage().decimals() != decimals)) {
			return false;
		}
		long scale = BigDecimal.ONE.movePointRight(decimals).longValueExact();
		long units = 0;
		Long smallestBumped = null;
		Long largestKept = null;
		for (ListItem item : items) {
			long scaled = item.count() * 100 * scale;
			long floor = scaled / base;
			long remainder = scaled % base;
			long stated = item.percentage().value().movePointRight(decimals).setScale(0, RoundingMode.UNNECESSARY)
				.longValueExact();
			if (stated == floor) {
				largestKept = largestKept == null ? remainder : Math.max(largestKept, remainder);
			}
			else if (stated == floor + 1 && remainder > 0) {
				smallestBumped = smallestBumped == null ? remainder : Math.min(smallestBumped, remainder);
			}
			else {
				return false;
			}
			units += stated;
		}
		boolean largestGotTheUnits = smallestBumped == null || largestKept == null || smallestBumped >= largestKept;
		return units == 100 * scale && largestGotTheUnits;
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
