package id.aduan.opendata;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import id.aduan.catalog.ServiceLevels;
import id.aduan.complaints.ComplaintStatus;
import id.aduan.reports.Breakdown;
import id.aduan.reports.ComplaintStatistics;
import id.aduan.reports.Figures;
import id.aduan.reports.ReportPeriod;

/**
 * The published figures of a period, read off the official report's {@link Figures} and nothing else, so
 * that the page, the API and the report of the same period agree (closed months included, as frozen).
 * What the report shows as breakdowns is summed here: answered within the deadline from the response-time
 * breakdown (working days, against the general rule's resolution days: a breakdown by days cannot tell
 * which special rule each complaint had), still open from the status breakdown, the median from the
 * response-time breakdown.
 */
@Component
public class PublicStatistics {

	private final ComplaintStatistics statistics;

	private final ServiceLevels levels;

	PublicStatistics(ComplaintStatistics statistics, ServiceLevels levels) {
		this.statistics = statistics;
		this.levels = levels;
	}

	public PublicFigures of(ReportPeriod period, Locale locale) {
		Figures figures = statistics.figures(period, null, locale);
		int deadline = levels.levelFor(null, null, null, period.to()).resolveDays();
		List<long[]> responses = responseDays(figures.byResponseTime());
		long withinDeadline = responses.stream().filter(days -> days[0] <= deadline).mapToLong(days -> days[1]).sum();
		long stillOpen = figures.byStatus()
			.lines()
			.stream()
			.filter(line -> !ComplaintStatus.valueOf(line.code()).isFinal())
			.mapToLong(Breakdown.Line::count)
			.sum();
		return new PublicFigures(period.from(), period.to(), figures.total(), counts(figures.byMonth()),
				counts(figures.byChannel()), counts(figures.byCategory()), counts(figures.byUnit()), figures.answered(),
				withinDeadline, deadline, stillOpen, median(responses), figures.ratings().average(),
				figures.ratings().count());
	}

	private static List<PublicFigures.Count> counts(Breakdown breakdown) {
		return breakdown.lines().stream().map(line -> new PublicFigures.Count(line.code(), line.label(), line.count())).toList();
	}

	/** The response-time breakdown as (working days, complaints), fewest days first; the unanswered left out. */
	private static List<long[]> responseDays(Breakdown breakdown) {
		List<long[]> days = new ArrayList<>();
		for (Breakdown.Line line : breakdown.lines()) {
			if (line.code().chars().allMatch(Character::isDigit)) {
				days.add(new long[] { Long.parseLong(line.code()), line.count() });
			}
		}
		days.sort((a, b) -> Long.compare(a[0], b[0]));
		return days;
	}

	/** The median of a distribution given as (value, how many), the mean of the two middle ones for an even count. */
	static BigDecimal median(List<long[]> distribution) {
		long n = distribution.stream().mapToLong(entry -> entry[1]).sum();
		if (n == 0) {
			return null;
		}
		long lower = valueAt(distribution, (n + 1) / 2);
		long upper = valueAt(distribution, n / 2 + 1);
		return BigDecimal.valueOf(lower + upper).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
	}

	/** The value of the {@code position}-th item (from 1) in order. */
	private static long valueAt(List<long[]> distribution, long position) {
		long seen = 0;
		for (long[] entry : distribution) {
			seen += entry[1];
			if (seen >= position) {
				return entry[0];
			}
		}
		throw new IllegalArgumentException("position " + position + " beyond " + seen);
	}
}
