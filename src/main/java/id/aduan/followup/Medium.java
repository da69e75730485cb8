package id.aduan.followup;

/** How a notice in the outbox travels. */
public enum Medium {
	EMAIL, WHATSAPP, SMS
}
