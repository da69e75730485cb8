package id.aduan.complaints;

import java.time.LocalDate;
import java.util.List;

/**
 * The inbox's filters, all optional: status, unit, channel, category, service, the period of receipt
 * (dates in the office's time zone, both ends included), a text found in the tracking code, title,
 * description or (where the user may see it) the complainant's name, the deadline's state, only the
 * complaints assigned to the user ({@code mine}: "Pengaduan saya"), and only the given ids (rows chosen on
 * the page, for a bulk export). Sorted by urgency unless asked otherwise.
 */
public record InboxQuery(ComplaintStatus status, Long unitId, Long channelId, Long categoryId, Long serviceId,
		LocalDate from, LocalDate to, String text, Due due, Sort sort, boolean mine, List<Long> ids, int page,
		int size) {

	/** Which deadlines to show: all, those passed, those due today. */
	public enum Due {
		ANY, OVERDUE, TODAY
	}

	/**
	 * The most urgent first (overdue, then due soonest; those without a running deadline last, oldest
	 * first), as a help desk works; or by receipt, newest or oldest first.
	 */
	public enum Sort {
		URGENCY, NEWEST, OLDEST
	}

	public static final int DEFAULT_SIZE = 20;

	/** The most rows an export of one view holds. */
	public static final int EXPORT_LIMIT = 10000;

	public InboxQuery {
		page = Math.max(page, 0);
		size = size <= 0 || size > 100 ? DEFAULT_SIZE : size;
		text = text == null || text.isBlank() ? null : text.trim();
		due = due == null ? Due.ANY : due;
		sort = sort == null ? Sort.URGENCY : sort;
		ids = ids == null ? List.of() : List.copyOf(ids);
	}

	public InboxQuery(ComplaintStatus status, Long unitId, Long channelId, Long categoryId, Long serviceId,
			LocalDate from, LocalDate to, String text, Due due, Sort sort, int page, int size) {
		this(status, unitId, channelId, categoryId, serviceId, from, to, text, due, sort, false, List.of(), page, size);
	}

	public InboxQuery(ComplaintStatus status, Long unitId, Long channelId, Long categoryId, Long serviceId,
			LocalDate from, LocalDate to, String text, int page, int size) {
		this(status, unitId, channelId, categoryId, serviceId, from, to, text, Due.ANY, Sort.URGENCY, page, size);
	}

	public static InboxQuery all() {
		return new InboxQuery(null, null, null, null, null, null, null, null, 0, DEFAULT_SIZE);
	}
}
