package id.aduan.followup;

import java.time.Instant;

/**
 * A notice in the outbox (an email, a WhatsApp message or an SMS), queued, sent, or given up after too
 * many attempts. {@code deliveryStatus} is what the platform last reported of a sent WhatsApp message
 * ({@code sent}, {@code delivered}, {@code read}, {@code failed}), at {@code deliveryAt}.
 */
public record Notification(long id, String dedupeKey, NotificationKind kind, Long complaintId, boolean toComplainant,
		String recipient, String subject, String body, Status status, int attempts, Instant createdAt, Instant sentAt,
		String lastError, Medium medium, String deliveryStatus, Instant deliveryAt) {

	/** The same notice with another body: the stored one with its access key put in, for sending. */
	Notification withBody(String text) {
		return new Notification(id, dedupeKey, kind, complaintId, toComplainant, recipient, subject, text, status,
				attempts, createdAt, sentAt, lastError, medium, deliveryStatus, deliveryAt);
	}

	public enum Status {
		PENDING, SENDING, SENT, FAILED
	}
}
