package id.aduan.messaging;

import java.time.Instant;

/**
 * A person wrote to the office's WhatsApp number. {@code messageId} is the platform's id of the message
 * ({@code wamid.…}), the same on every delivery of the webhook, so a listener can take it exactly once;
 * {@code sender} is the number, digits with the country code; {@code senderName} the name of their
 * WhatsApp profile, if any; {@code text} what they wrote (a text, or a photo's or document's caption),
 * or null for a message without text, whose {@code type} ({@code image}, {@code audio}, ...) says what it was;
 * {@code media} the photo or document it carries, if it is one, to be fetched with
 * {@link WhatsAppCloud#media}.
 */
public record WhatsAppMessageReceived(String messageId, String sender, String senderName, String type, String text,
		Instant sentAt, Media media) {

	/** A message without a photo or document. */
	public WhatsAppMessageReceived(String messageId, String sender, String senderName, String type, String text,
			Instant sentAt) {
		this(messageId, sender, senderName, type, text, sentAt, null);
	}

	/**
	 * A photo or document as the webhook names it: the platform's media id, the type and SHA-256 it
	 * declares, and a document's file name (null for a photo). The webhook fetches the file before it
	 * opens the transaction the message is taken in, so that no database connection waits on the
	 * platform: {@code file} is what came, or {@code failure} why nothing did. Both are null when the
	 * file was not fetched yet; a listener then fetches it with {@link WhatsAppCloud#media}.
	 */
	public record Media(String id, String mimeType, String sha256, String fileName, WhatsAppCloud.Media file,
			MediaNotFetched failure) {

		/** As the webhook names it, not fetched yet. */
		public Media(String id, String mimeType, String sha256, String fileName) {
			this(id, mimeType, sha256, fileName, null, null);
		}

		Media fetched(WhatsAppCloud.Media came) {
			return new Media(id, mimeType, sha256, fileName, came, null);
		}

		Media notFetched(MediaNotFetched why) {
			return new Media(id, mimeType, sha256, fileName, null, why);
		}
	}

	WhatsAppMessageReceived withMedia(Media fetched) {
		return new WhatsAppMessageReceived(messageId, sender, senderName, type, text, sentAt, fetched);
	}

	@Override
	public String toString() {
		return "WhatsAppMessageReceived[" + messageId + ", " + type + "]";
	}
}
