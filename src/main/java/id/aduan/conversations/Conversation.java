package id.aduan.conversations;

import java.time.Instant;

/**
 * A conversation: the thread of one complaint ({@code complaintId} set, origin {@code COMPLAINT}), or a
 * chat opened from the office's website ({@code WIDGET}), which stays {@code OPEN} until staff turn it
 * into a complaint ({@code CONVERTED}, now also that complaint's thread) or close it.
 */
public record Conversation(long id, String publicId, Long complaintId, Origin origin, Status status,
		String visitorName, String visitorEmail, String visitorPhone, Instant createdAt, Instant lastMessageAt,
		Instant convertedAt, String convertedBy) {

	public enum Origin {
		COMPLAINT, WIDGET
	}

	public enum Status {
		OPEN, CONVERTED, CLOSED
	}
}
