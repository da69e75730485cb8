package id.aduan.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * One number of a closed month as it was frozen: how many counted complaints of one work unit ({@code unitId}
 * null: not routed to any) had one item of one breakdown, with their latest verdicts' sums. {@code dimension}
 * is a {@link Breakdown.Dimension} name, or {@link #TOTAL} for the status classes ({@code item} COUNTED,
 * DUPLICATE or NOT_OUR_AUTHORITY); {@code item} is the item's id (a status's code, a number of working
 * days) or {@code _NONE}. The unit and month breakdowns follow from {@code unitId} and the month.
 */
public record FrozenCount(Long unitId, String dimension, String item, long count, long rated, long scoreSum,
		long solved) {

	public static final String TOTAL = "TOTAL";

	/**
	 * What {@code count} complaints a unit received outside Aduan (a recap's own entries) add to a month:
	 * counted, in their channel, category, form, service, status and response time, without a report type or
	 * a verdict.
	 */
	public static List<FrozenCount> outsideAduan(long unitId, long channelId, Long categoryId, Long formId,
			Long serviceId, String status, Integer responseDays, long count) {
		List<FrozenCount> counts = new ArrayList<>();
		counts.add(new FrozenCount(unitId, TOTAL, Counts.COUNTED, count, 0, 0, 0));
		counts.add(of(unitId, Breakdown.Dimension.CHANNEL, channelId, count));
		counts.add(of(unitId, Breakdown.Dimension.CATEGORY, categoryId, count));
		counts.add(of(unitId, Breakdown.Dimension.FORM, formId, count));
		counts.add(of(unitId, Breakdown.Dimension.SERVICE, serviceId, count));
		counts.add(of(unitId, Breakdown.Dimension.RESPONSE_TIME, responseDays == null ? null : (long) responseDays,
				count));
		counts.add(of(unitId, Breakdown.Dimension.STATUS, StatusCodes.code(status), count));
		counts.add(of(unitId, Breakdown.Dimension.REPORT_TYPE, null, count));
		counts.add(of(unitId, Breakdown.Dimension.RATING, null, count));
		return counts;
	}

	/** Whether this is a number of complaints counted in the total (not duplicates, not "not our authority"). */
	public boolean isTotalCounted() {
		return TOTAL.equals(dimension) && Counts.COUNTED.equals(item);
	}

	private static FrozenCount of(long unitId, Breakdown.Dimension dimension, Long item, long count) {
		return new FrozenCount(unitId, dimension.name(), item == null ? ComplaintStatistics.NONE : item.toString(),
				count, 0, 0, 0);
	}
}
