package id.aduan.coaching;

import java.time.Instant;

/** A documentation photo of a session; {@code forReport} when chosen for the semester report's appendix. */
public record SessionPhoto(long id, long sessionId, String fileName, String contentType, long sizeBytes,
		String sha256, String caption, boolean forReport, Instant uploadedAt, String uploadedBy) {
}
