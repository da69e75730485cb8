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
 * Both rounding conventions offices use are right. Shares rounded half-up may each lie half a unit
 * of their last decimal from the exact value. Shares rounded by the largest-remainder method (as
 * Aduan's own reports are) add up to exactly 100 and may each lie up to, not including, one unit
 * from it (0,1 for one decimal): a breakdown whose shares make exactly 100 is held to that, every
 * other breakdown to half a unit.
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
	 * Whether the shares read as rounded by the largest-remainder method: every item shows a
	 * percentage and they add up to exactly 100 at the precision shown. Such shares may each lie up to
	 * (not including) one unit of their last decimal from the exact value.
	 */
	static boolean makesExactlyAHundred(Breakdown breakdown) {
		List<ListItem> items = breakdown.items();
		if (items.isEmpty() || items.stream().anyMatch(item -> !item.hasPercentage())) {
			return false;
		}
		return items.stream()
			.map(item -> item.percentage().value())
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.compareTo(HUNDRED) == 0;
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
		if (base <= 0) {
			return findings;
		}
		boolean largestRemainder = makesExactlyAHundred(breakdown);
		for (ListItem item : breakdown.items()) {
			if (!item.hasPercentage()) {
				continue;
			}
			BigDecimal exact = BigDecimal.valueOf(item.count())
				.multiply(HUNDRED)
				.divide(BigDecimal.valueOf(base), MathContext.DECIMAL64);
			BigDecimal off = exact.subtract(item.percentage().value()).abs();
			boolean wrong = largestRemainder ? off.compareTo(item.percentage().unit()) >= 0
					: off.compareTo(item.percentage().tolerance()) > 0;
			if (wrong) {
				String expected = Figures.percent(exact, item.percentage().decimals());
				String found = Figures.percent(item.percentage().value(), item.percentage().decimals());
				Finding finding = Finding.of(Rule.PERCENT_MISMATCH, item.line(), item.span(), expected, found,
						item.count(), base, expected, found);
				if (breakdown.inTable()) {
					finding = Finding.of(Rule.PERCENT_MISMATCH, item.line(), item.span(), expected, found, item.count(),
							base, expected, found, breakdown.table().table(), item.description(),
							breakdown.table().shareColumn()).variant("table");
				}
				findings.add(finding);
			}
		}
		return findings;
	}
}
