package id.aduan.complaints;

import java.time.LocalDate;

/**
 * The inbox's filters, all optional: status, unit, channel, category, service, the period of receipt
 * (dates in the office's time zone, both ends included) and a text found in the tracking code,
 * title, description or (where the user may see it) the complainant's name.
 */
public record InboxQuery(ComplaintStatus status, Long unitId, Long channelId, Long categoryId, Long serviceId,
		LocalDate from, LocalDate to, String text, Due due, Sort sort, int page, int size) {

	/** Which deadlines to show: all, those passed, those due today. */
	public enum Due {
		ANY, OVERDUE, TODAY
	}

	/** Newest first, or the most urgent deadline first. */
	public enum Sort {
		RECEIVED, DUE
	}

	public static final int DEFAULT_SIZE = 20;

	public InboxQuery {
		page = Math.max(page, 0);
		size = size <= 0 || size > 100 ? DEFAULT_SIZE : size;
		text = text == null || text.isBlank() ? null : text.trim();
		due = due == null ? Due.ANY : due;
		sort = sort == null ? Sort.RECEIVED : sort;
	}

	public InboxQuery(ComplaintStatus status, Long unitId, Long channelId, Long categoryId, Long serviceId,
			LocalDate from, LocalDate to, String text, int page, int size) {
		this(status, unitId, channelId, categoryId, serviceId, from, to, text, Due.ANY, Sort.RECEIVED, page, size);
	}

	public static InboxQuery all() {
		return new InboxQuery(null, null, null, null, null, null, null, null, Due.ANY, Sort.RECEIVED, 0, DEFAULT_SIZE);
	}
}
