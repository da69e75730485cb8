package id.aduan.reports;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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

	/** Adds another period's counts to these, as if both had been counted at once. */
	void add(Counts other) {
		other.statuses.forEach(this::status);
		verdicts(other.allVerdicts[0], other.allVerdicts[1], other.allVerdicts[2]);
		other.items.forEach((dimension, counts) -> counts.forEach((item, count) -> {
			Map<String, Long> mine = items.computeIfAbsent(dimension, d -> new HashMap<>());
			mine.merge(item, count, Long::sum);
		}));
		other.verdicts.forEach((dimension, sums) -> sums.forEach((item, sum) -> {
			long[] mine = verdicts.computeIfAbsent(dimension, d -> new HashMap<>()).computeIfAbsent(item, i -> new long[3]);
			for (int i = 0; i < 3; i++) {
				mine[i] += sum[i];
			}
		}));
	}

	/** Adds one frozen number of a closed month (see {@link FrozenCount}). */
	void add(YearMonth month, FrozenCount frozen) {
		if (FrozenCount.TOTAL.equals(frozen.dimension())) {
			status(frozen.item(), frozen.count());
			if (COUNTED.equals(frozen.item())) {
				verdicts(frozen.rated(), frozen.scoreSum(), frozen.solved());
				item(Breakdown.Dimension.UNIT, frozen.unitId(), frozen.count(), frozen.rated(), frozen.scoreSum(),
						frozen.solved());
				item(Breakdown.Dimension.MONTH, (long) (month.getYear() * 100 + month.getMonthValue()), frozen.count(), 0,
						0, 0);
			}
			return;
		}
		Long item = ComplaintStatistics.NONE.equals(frozen.item()) ? null : Long.valueOf(frozen.item());
		item(Breakdown.Dimension.valueOf(frozen.dimension()), item, frozen.count(), frozen.rated(), frozen.scoreSum(),
				frozen.solved());
	}

	/**
	 * These counts as the numbers a closed month keeps, all under {@code unitId}: the status classes, and every
	 * breakdown but the unit and the month (which follow from the unit and the month themselves).
	 */
	Map<String, long[]> toFreeze() {
		Map<String, long[]> rows = new LinkedHashMap<>();
		statuses.forEach((statusClass, count) -> rows.put(key(FrozenCount.TOTAL, statusClass),
				COUNTED.equals(statusClass) ? new long[] { count, allVerdicts[0], allVerdicts[1], allVerdicts[2] }
						: new long[] { count, 0, 0, 0 }));
		items.forEach((dimension, counts) -> {
			if (dimension == Breakdown.Dimension.UNIT || dimension == Breakdown.Dimension.MONTH) {
				return;
			}
			counts.forEach((item, count) -> {
				long[] sums = item.equals(ComplaintStatistics.NONE) ? null
						: verdictsBy(dimension).get(Long.valueOf(item));
				rows.put(key(dimension.name(), item), sums == null ? new long[] { count, 0, 0, 0 }
						: new long[] { count, sums[0], sums[1], sums[2] });
			});
		});
		return rows;
	}

	static String key(String dimension, String item) {
		return dimension + "|" + item;
	}

	static List<FrozenCount> frozen(Long unitId, Map<String, long[]> rows) {
		List<FrozenCount> frozen = new ArrayList<>();
		rows.forEach((key, sums) -> {
			if (sums[0] != 0 || sums[1] != 0 || sums[2] != 0 || sums[3] != 0) {
				int bar = key.indexOf('|');
				frozen.add(new FrozenCount(unitId, key.substring(0, bar), key.substring(bar + 1), sums[0], sums[1],
						sums[2], sums[3]));
			}
		});
		return frozen;
	}
}
