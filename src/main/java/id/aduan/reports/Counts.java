package id.aduan.reports;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * A period's counts as the database gives them, before they become breakdowns: by status class, by
 * each breakdown's item (a complaint without one under {@link ComplaintStatistics#NONE}), and the
 * latest verdicts' sums. Filled by {@link ComplaintStatistics} from the complaints themselves or by
 * {@link ComplaintTally} from the tally; either way the figures are made from it the same way.
 */
final class Counts {

	/** The status class of complaints that count in the total; the others are DUPLICATE and NOT_OUR_AUTHORITY. */
	static final String COUNTED = "COUNTED";

	private final Map<String, Long> statuses = new HashMap<>();

	private final Map<Breakdown.Dimension, Map<String, Long>> items = new EnumMap<>(Breakdown.Dimension.class);

	private final Map<Breakdown.Dimension, Map<Long, long[]>> verdicts = new EnumMap<>(Breakdown.Dimension.class);

	private final long[] allVerdicts = new long[3];

	/** Complaints of a status class. */
	void status(String statusClass, long count) {
		statuses.merge(statusClass, count, Long::sum);
	}

	/** The counted complaints' latest verdicts: how many, the sum of their scores, how many said solved. */
	void verdicts(long rated, long scoreSum, long solved) {
		allVerdicts[0] += rated;
		allVerdicts[1] += scoreSum;
		allVerdicts[2] += solved;
	}

	/** Counted complaints with an item of a breakdown (a null item: none), and their verdicts' sums. */
	void item(Breakdown.Dimension dimension, Object item, long count, long rated, long scoreSum, long solved) {
		if (count == 0) {
			return;
		}
		items.computeIfAbsent(dimension, d -> new HashMap<>())
			.merge(item == null ? ComplaintStatistics.NONE : String.valueOf(((Number) item).longValue()), count,
					Long::sum);
		if (item != null && rated > 0) {
			long[] sums = verdicts.computeIfAbsent(dimension, d -> new HashMap<>())
				.computeIfAbsent(((Number) item).longValue(), id -> new long[3]);
			sums[0] += rated;
			sums[1] += scoreSum;
			sums[2] += solved;
		}
	}

	long status(String statusClass) {
		return statuses.getOrDefault(statusClass, 0L);
	}

	Map<String, Long> of(Breakdown.Dimension dimension) {
		return items.getOrDefault(dimension, Map.of());
	}

	/** Per unit or service id: complaints with a verdict, the sum of their scores, how many were solved. */
	Map<Long, long[]> verdictsBy(Breakdown.Dimension dimension) {
		return verdicts.getOrDefault(dimension, Map.of());
	}

	long[] allVerdicts() {
		return allVerdicts.clone();
	}
}
