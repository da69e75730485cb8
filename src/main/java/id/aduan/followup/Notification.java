package id.aduan.followup;

import java.time.Instant;

/** An email in the outbox, queued, sent, or given up after too many attempts. */
public record Notification(long id, String dedupeKey, NotificationKind kind, Long complaintId, boolean toComplainant,
		String recipient, String subject, String body, Status status, int attempts, Instant createdAt, Instant sentAt,
		String lastError) {

	public enum Status {
		PENDING, SENDING, SENT, FAILED
	}
}
