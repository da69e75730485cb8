package id.aduan.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Percentages with one decimal, each its own count over the total rounded half-up (as Excel's ROUND and
 * statistical tables do): the same count over the same total always reads the same, wherever it is
 * shown, and every line survives a calculator. The shares of a breakdown may therefore add up to 99,9 or
 * 100,1; the breakdown's total line still says 100,0 and a note under it says the difference comes from
 * rounding ({@link #roundingGap(List)}). A breakdown of nothing has no shares: all are 0,0.
 */
public final class Shares {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Shares() {
	}

	public static List<BigDecimal> of(List<Long> counts) {
		long total = counts.stream().mapToLong(Long::longValue).sum();
		return counts.stream().map(count -> of(count, total)).toList();
	}

	/** {@code count} of {@code total} in percent, rounded half-up to one decimal; 0,0 of nothing. */
	public static BigDecimal of(long count, long total) {
		if (total == 0) {
			return BigDecimal.ZERO.setScale(1);
		}
		return BigDecimal.valueOf(count).multiply(HUNDRED).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
	}

	/**
	 * What the shown shares add up to, when rounding made it other than 100,0 (99,9 or 100,1, say); null
	 * when they make exactly 100,0 or there is nothing to add up.
	 */
	public static BigDecimal roundingGap(List<BigDecimal> shares) {
		BigDecimal sum = shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return sum.signum() == 0 || sum.compareTo(HUNDRED) == 0 ? null : sum.setScale(1);
	}
}
