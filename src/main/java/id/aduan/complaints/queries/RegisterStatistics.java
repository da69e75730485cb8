package id.aduan.complaints.queries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.complaints.ComplaintStatus;

/**
 * Counts the complaints received in a period, every breakdown in one pass over their rows
 * ({@link GroupingSets}): what the reports' one statistics path ({@code reports.ComplaintStatistics})
 * counts when the database keeps no tally, and what a PostgreSQL test checks the tally against. Which
 * statuses are counted apart from the total, and the number each status is counted under, are the
 * reports' to say (the tally's trigger and closed months use the same numbers), so the caller passes them.
 */
@Component
@Transactional(readOnly = true)
public class RegisterStatistics {

	/** What a count is broken down by: a column of the complaint. */
	public enum Key {
		CHANNEL, MONTH, CATEGORY, RESPONSE_TIME, UNIT, SERVICE, FORM, REPORT_TYPE, RATING, STATUS
	}

	/**
	 * One count: of the complaints counted apart with status {@code apart} (then {@code key} is null), or of
	 * the counted ones ({@code apart} null), all of them ({@code key} null) or those with {@code item} as
	 * their {@code key} (a null item: none). With each, how many have a verdict, the sum of their latest
	 * scores and how many said solved.
	 */
	public record Count(ComplaintStatus apart, Key key, Long item, long complaints, long rated, long scoreSum,
			long solved) {
	}

	private static final String COUNTED = "COUNTED";

	private static final Map<Key, String> COLUMNS = columns();

	private static Map<Key, String> columns() {
		Map<Key, String> columns = new EnumMap<>(Key.class);
		columns.put(Key.CHANNEL, "c.channel_id");
		columns.put(Key.MONTH, "extract(year from c.received_on) * 100 + extract(month from c.received_on)");
		columns.put(Key.CATEGORY, "c.category_id");
		columns.put(Key.RESPONSE_TIME, "c.first_answer_days");
		columns.put(Key.UNIT, "c.unit_id");
		columns.put(Key.SERVICE, "c.service_id");
		columns.put(Key.FORM, "c.form_id");
		columns.put(Key.REPORT_TYPE, "c.report_type_id");
		columns.put(Key.RATING, "c.rating_score");
		return columns;
	}

	/** Counted complaints with a verdict, the sum of their latest scores, and how many said it was solved. */
	private static final List<String> AGGREGATES = List.of("count(*)", "count(c.rating_score)", "sum(c.rating_score)",
			"sum(case when c.rating_solved then 1 else 0 end)");

	private final GroupingSets groupingSets;

	RegisterStatistics(GroupingSets groupingSets) {
		this.groupingSets = groupingSets;
	}

	/**
	 * Hands every count of the complaints received from {@code from} to {@code to} (inclusive), of the whole
	 * office ({@code units} null) or of a set of units, to {@code counts}: first those counted apart by status,
	 * then the counted ones in total and by every {@link Key}.
	 */
	public void count(LocalDate from, LocalDate to, Set<Long> units, Set<ComplaintStatus> countedApart,
			ToLongFunction<ComplaintStatus> statusCode, Consumer<Count> counts) {
		List<Key> keys = Arrays.asList(Key.values());
		List<String> columns = new ArrayList<>();
		for (Key key : keys) {
			columns.add(key == Key.STATUS ? statusCodes(statusCode) : COLUMNS.get(key));
		}
		Map<String, Object> params = new HashMap<>();
		params.put("from", from);
		params.put("to", to);
		if (units != null) {
			params.put("units", units.isEmpty() ? Set.of(-1L) : units);
		}
		String where = " from complaint c where c.received_on between :from and :to"
				+ (units == null ? "" : " and c.unit_id in (:units)");
		groupingSets.query(where, List.of(statusClass(countedApart)), columns, AGGREGATES, params, row -> {
			String statusClass = row.always(0).toString();
			ComplaintStatus apart = COUNTED.equals(statusClass) ? null : ComplaintStatus.valueOf(statusClass);
			if (row.set() < 0 || apart == null) {
				Key key = row.set() < 0 ? null : keys.get(row.set());
				Long item = row.key() == null ? null : ((Number) row.key()).longValue();
				counts.accept(new Count(apart, key, item, row.aggregate(0), row.aggregate(1), row.aggregate(2),
						row.aggregate(3)));
			}
		});
	}

	/** {@code case when c.status in ('DUPLICATE', …) then c.status else 'COUNTED' end}. */
	private static String statusClass(Set<ComplaintStatus> countedApart) {
		if (countedApart.isEmpty()) {
			return "'" + COUNTED + "'";
		}
		return countedApart.stream()
			.map(status -> "'" + status.name() + "'")
			.sorted()
			.collect(Collectors.joining(", ", "case when c.status in (", ") then c.status else '" + COUNTED + "' end"));
	}

	/** {@code case c.status when 'RECEIVED' then 1 … end}: the caller's number of each status, in SQL. */
	private static String statusCodes(ToLongFunction<ComplaintStatus> statusCode) {
		return Arrays.stream(ComplaintStatus.values())
			.map(status -> " when '" + status.name() + "' then " + statusCode.applyAsLong(status))
			.collect(Collectors.joining("", "case c.status", " end"));
	}
}
