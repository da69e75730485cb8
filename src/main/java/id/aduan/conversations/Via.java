package id.aduan.conversations;

/** How a message reached the conversation. */
public enum Via {
	/** The tracking page or a staff page. */
	WEB,
	/** The chat widget on the office's website or app. */
	WIDGET,
	/** An email reply to Aduan's email. */
	EMAIL,
	/** Another application, through the public API. */
	API,
	/** A WhatsApp message to the office's number. */
	WHATSAPP
}
