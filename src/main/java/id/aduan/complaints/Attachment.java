package id.aduan.complaints;

import java.time.Instant;

/**
 * A stored file of a complaint: evidence sent with it, or documentation of its follow-up (dokumentasi
 * tindak lanjut). The SHA-256 checksum lets a backup or a download be checked against what was received.
 */
public record Attachment(long id, long complaintId, Long entryId, Purpose purpose, String fileName,
		String contentType, long sizeBytes, String sha256, Instant uploadedAt, String uploadedBy) {

	public enum Purpose {
		/** Sent by the complainant (or taken down by the help desk) with the complaint. */
		EVIDENCE,
		/** Photos or documents of the follow-up, which may go into the report's appendix. */
		DOCUMENTATION
	}

	public boolean isImage() {
		return contentType.startsWith("image/");
	}
}
