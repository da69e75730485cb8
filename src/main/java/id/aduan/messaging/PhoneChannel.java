package id.aduan.messaging;

/** The ways a notice reaches a complainant's phone. */
public enum PhoneChannel {
	/** A template message through the WhatsApp Business Platform. */
	WHATSAPP,
	/** A text message through the office's SMS gateway. */
	SMS
}
