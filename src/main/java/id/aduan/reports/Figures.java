package id.aduan.reports;

import java.time.YearMonth;
import java.util.Map;

/**
 * The office's figures for a period (and optionally one unit with its sub-units): the total counted,
 * what is shown apart (duplicates, not our authority), every breakdown, and the verdicts.
 * <p>
 * Counting rules, stated in the report's footnote: a complaint counts once, in the period it was
 * received (office time zone), however often it was reopened; duplicates and complaints forwarded as
 * not our authority are not in the total but counted apart; response times are working days of the
 * office's calendar, time on hold excluded.
 * <p>
 * {@code revisions} names the closed months whose frozen figures were used, each with the revision (1 for
 * the figures frozen at closing, 2 for the first correction, …); months not in it were counted live.
 */
public record Figures(ReportPeriod period, Long unitId, long total, long duplicates, long notOurAuthority,
		long answered, Map<Breakdown.Dimension, Breakdown> breakdowns, RatingSummary ratings,
		Map<YearMonth, Integer> revisions) {

	public Breakdown by(Breakdown.Dimension dimension) {
		return breakdowns.get(dimension);
	}

	public Breakdown byChannel() {
		return by(Breakdown.Dimension.CHANNEL);
	}

	public Breakdown byMonth() {
		return by(Breakdown.Dimension.MONTH);
	}

	public Breakdown byCategory() {
		return by(Breakdown.Dimension.CATEGORY);
	}

	public Breakdown byResponseTime() {
		return by(Breakdown.Dimension.RESPONSE_TIME);
	}

	public Breakdown byUnit() {
		return by(Breakdown.Dimension.UNIT);
	}

	public Breakdown byService() {
		return by(Breakdown.Dimension.SERVICE);
	}

	public Breakdown byRating() {
		return by(Breakdown.Dimension.RATING);
	}

	public Breakdown byStatus() {
		return by(Breakdown.Dimension.STATUS);
	}

	/** Whether some of the figures are a closed month's frozen ones. */
	public boolean usesFrozenMonths() {
		return !revisions.isEmpty();
	}
}
