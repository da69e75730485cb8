package id.aduan.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One breakdown of the period's complaints ("berdasarkan saluran", "berdasarkan bulan", …): its lines add
 * up to the total, and their shares to 100,0 %.
 */
public record Breakdown(Dimension dimension, List<Line> lines, long total) {

	/** One item of a breakdown: a channel, a month, a category… with its count and its share. */
	public record Line(String code, String label, long count, BigDecimal percent) {
	}

	/** What a breakdown is by; the order is the report's. */
	public enum Dimension {
		CHANNEL, MONTH, CATEGORY, RESPONSE_TIME, UNIT, SERVICE, FORM, REPORT_TYPE, RATING, STATUS
	}

	/** Builds the lines from items and counts; {@code listZero} keeps items nobody complained about. */
	static Breakdown of(Dimension dimension, List<String[]> items, List<Long> counts, boolean listZero) {
		List<String[]> keptItems = new ArrayList<>();
		List<Long> keptCounts = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			if (listZero || counts.get(i) > 0) {
				keptItems.add(items.get(i));
				keptCounts.add(counts.get(i));
			}
		}
		List<BigDecimal> shares = Shares.of(keptCounts);
		List<Line> lines = new ArrayList<>();
		long total = 0;
		for (int i = 0; i < keptItems.size(); i++) {
			lines.add(new Line(keptItems.get(i)[0], keptItems.get(i)[1], keptCounts.get(i), shares.get(i)));
			total += keptCounts.get(i);
		}
		return new Breakdown(dimension, List.copyOf(lines), total);
	}

	public boolean isEmpty() {
		return total == 0;
	}
}
