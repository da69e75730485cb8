package id.aduan.duplicates;

import java.time.Instant;

import id.aduan.complaints.ComplaintStatus;

/**
 * A complaint that is probably the same matter as the one being looked at: why (the same link, or the
 * same contact with a similar text, {@code similarity} in per cent), and whether it came first.
 */
public record Candidate(long id, String trackingCode, String title, Instant receivedAt, String channelName,
		ComplaintStatus status, Reason reason, int similarity, boolean earlier) {

	public enum Reason {
		SAME_LINK, SAME_CONTACT
	}
}
