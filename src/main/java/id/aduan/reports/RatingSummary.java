package id.aduan.reports;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The complainants' verdicts on the period's answers (the latest verdict of each complaint): how many,
 * the average score (two decimals, or none), how many said their problem was solved, and the average
 * per work unit and per service (keys: unit or service name).
 */
public record RatingSummary(long count, BigDecimal average, long solved, Map<String, BigDecimal> averageByUnit,
		Map<String, BigDecimal> averageByService) {

	public boolean isEmpty() {
		return count == 0;
	}
}
