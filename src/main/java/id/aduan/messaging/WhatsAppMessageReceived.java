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
	 * declares, and a document's file name (null for a photo). The file itself stays on the platform
	 * until fetched.
	 */
	public record Media(String id, String mimeType, String sha256, String fileName) {
	}

	@Override
	public String toString() {
		return "WhatsAppMessageReceived[" + messageId + ", " + type + "]";
	}
}
