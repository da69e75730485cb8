package id.aduan.open311;

import java.time.Instant;

/** An application's key to POST requests, as the administrator sees it: never the key itself. */
public record ApiKey(long id, String name, String prefix, Instant createdAt, String createdBy, Instant revokedAt,
		String revokedBy, Instant lastUsedAt) {

	public boolean active() {
		return revokedAt == null;
	}
}
