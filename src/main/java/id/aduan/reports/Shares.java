package id.aduan.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Percentages with one decimal that add up to exactly 100,0: each count gets its share rounded down to
 * a tenth, and the tenths still missing go to the largest remainders (largest-remainder method; ties go
 * to the larger count, then to the earlier item). A breakdown of nothing has no shares to add up: all
 * are 0,0.
 */
public final class Shares {

	private Shares() {
	}

	public static List<BigDecimal> of(List<Long> counts) {
		long total = counts.stream().mapToLong(Long::longValue).sum();
		List<BigDecimal> shares = new ArrayList<>();
		if (total == 0) {
			counts.forEach(count -> shares.add(BigDecimal.ZERO.setScale(1)));
			return shares;
		}
		long[] tenths = new long[counts.size()];
		long[] remainders = new long[counts.size()];
		long given = 0;
		for (int i = 0; i < counts.size(); i++) {
			long scaled = counts.get(i) * 1000;
			tenths[i] = scaled / total;
			remainders[i] = scaled % total;
			given += tenths[i];
		}
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < counts.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.<Integer>comparingLong(i -> remainders[i])
			.reversed()
			.thenComparing(Comparator.<Integer>comparingLong(counts::get).reversed())
			.thenComparingInt(i -> i));
		for (int k = 0; k < 1000 - given; k++) {
			tenths[order.get(k)]++;
		}
		for (long tenth : tenths) {
			shares.add(BigDecimal.valueOf(tenth, 1));
		}
		return shares;
	}
}
