package id.aduan.complaints;

import java.time.Instant;

/** One line of the inbox. {@code complainantName} is empty when the complainant is anonymous. */
public record InboxRow(long id, String trackingCode, Instant receivedAt, String title, ComplaintStatus status,
		String channelName, String categoryName, String unitName, String serviceName, boolean anonymous,
		boolean confidential, String complainantName) {
}
