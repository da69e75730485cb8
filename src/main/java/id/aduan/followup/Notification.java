package id.aduan.followup;

import java.time.Instant;

/** An email in the outbox, queued, sent, or given up after too many attempts. */
public record Notification(long id, String dedupeKey, NotificationKind kind, Long complaintId, boolean toComplainant,
		String recipient, String subject, String body, Status status, int attempts, Instant createdAt, Instant sentAt,
		String lastError) {

	/** The same email with another body: the stored one with its access key put in, for sending. */
	Notification withBody(String text) {
		return new Notification(id, dedupeKey, kind, complaintId, toComplainant, recipient, subject, text, status,
				attempts, createdAt, sentAt, lastError);
	}

	public enum Status {
		PENDING, SENDING, SENT, FAILED
	}
}
