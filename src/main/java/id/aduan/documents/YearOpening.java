package id.aduan.documents;

import java.time.Instant;

/**
 * The administrator's reopening of a past year's register of letter numbers, to number a document dated
 * in that year that Aduan did not number then (a Berita Acara of June 2023 entered in 2026). Numbers go
 * on from {@code lastUsed}, the last number the office used that year (the counter stood at
 * {@code fromSequence}); the register stays open until the administrator closes it again.
 */
public record YearOpening(long id, int year, int fromSequence, int lastUsed, String reason, Instant openedAt,
		String openedBy, Instant closedAt, String closedBy) {

	public boolean isOpen() {
		return closedAt == null;
	}
}
