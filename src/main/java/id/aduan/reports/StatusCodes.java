package id.aduan.reports;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import id.aduan.complaints.ComplaintStatus;

/**
 * The number each complaint status is counted under in the status breakdown. Fixed here, not taken from
 * the enum's order, because the tally trigger on PostgreSQL ({@code db/vendor/postgresql/V13}) writes the
 * same numbers and frozen months keep them.
 */
final class StatusCodes {

	private static final Map<ComplaintStatus, Long> CODES = Map.ofEntries(Map.entry(ComplaintStatus.RECEIVED, 1L),
			Map.entry(ComplaintStatus.VERIFIED, 2L), Map.entry(ComplaintStatus.ROUTED, 3L),
			Map.entry(ComplaintStatus.IN_FOLLOW_UP, 4L), Map.entry(ComplaintStatus.ANSWERED, 5L),
			Map.entry(ComplaintStatus.CLOSED, 6L), Map.entry(ComplaintStatus.ON_HOLD, 7L),
			Map.entry(ComplaintStatus.NOT_OUR_AUTHORITY, 8L), Map.entry(ComplaintStatus.REJECTED, 9L),
			Map.entry(ComplaintStatus.DUPLICATE, 10L), Map.entry(ComplaintStatus.REOPENED, 11L));

	private static final Map<Long, ComplaintStatus> STATUSES = CODES.entrySet()
		.stream()
		.collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));

	private StatusCodes() {
	}

	static Long code(String status) {
		return status == null ? null : CODES.get(ComplaintStatus.valueOf(status));
	}

	static ComplaintStatus status(long code) {
		return STATUSES.get(code);
	}

	/** {@code case <column> when 'RECEIVED' then 1 … end}: the code of a status column, in SQL. */
	static String sql(String column) {
		return Arrays.stream(ComplaintStatus.values())
			.map(status -> " when '" + status.name() + "' then " + CODES.get(status))
			.collect(Collectors.joining("", "case " + column, " end"));
	}
}
