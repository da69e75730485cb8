/**
 * How complaints come in: the citizen's public form (with a honeypot), the help desk's registration of
 * complaints that arrived by phone, walk-in, letter or social media (post links recognised), the public
 * JSON API (with Idempotency-Key), email (the office's mailbox over IMAP, or piped in, in {@code mail}),
 * SP4N-LAPOR! (in {@code lapor}), and WhatsApp messages to the office's number (in {@code whatsapp}, from
 * the webhook of module {@code messaging}). Every route ends in
 * {@link id.aduan.complaints.ComplaintRegistration}, so every channel is checked the same way.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake",
		allowedDependencies = { "system", "catalog", "accounts", "complaints", "complaints :: queries", "conversations",
			"audit", "messaging" })
package id.aduan.intake;
