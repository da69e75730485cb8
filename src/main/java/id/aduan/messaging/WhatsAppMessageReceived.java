package id.aduan.messaging;

import java.time.Instant;

/**
 * A person wrote to the office's WhatsApp number. {@code messageId} is the platform's id of the message
 * ({@code wamid.…}), the same on every delivery of the webhook, so a listener can take it exactly once;
 * {@code sender} is the number, digits with the country code; {@code senderName} the name of their
 * WhatsApp profile, if any; {@code text} what they wrote (a text, or a photo's or document's caption),
 * or null for a message without text, whose {@code type} ({@code image}, {@code audio}, ...) says what it was.
 */
public record WhatsAppMessageReceived(String messageId, String sender, String senderName, String type, String text,
		Instant sentAt) {

	@Override
	public String toString() {
		return "WhatsAppMessageReceived[" + messageId + ", " + type + "]";
	}
}
