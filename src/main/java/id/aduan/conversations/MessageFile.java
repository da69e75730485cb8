package id.aduan.conversations;

/** A file sent with a message; its content is loaded only for download. */
public record MessageFile(long id, long messageId, String fileName, String contentType, long sizeBytes,
		String sha256) {

	public boolean isImage() {
		return contentType.startsWith("image/");
	}
}
