package id.aduan.intake.mail;

import java.time.Instant;
import java.util.List;

import id.aduan.complaints.AttachmentUpload;
import id.aduan.system.PlainText;

/**
 * One email as Aduan reads it, whether taken from the mailbox or piped in: who sent it, its
 * Message-ID (the key by which it is taken once), what it answers, its subject, its text (HTML already
 * made plain and safe) and its files. {@code automatic} marks auto-replies, bounces and list mail,
 * which must never become complaints (they would answer Aduan's own receipts in a loop). Control
 * characters are dropped from its texts: the register refuses them, and a sender cannot be asked again.
 */
record InboundMail(String messageId, String fromAddress, String fromName, String subject, Instant sentAt,
		String text, List<AttachmentUpload> files, List<String> answers, boolean automatic) {

	InboundMail {
		messageId = PlainText.Check.without(messageId);
		fromName = PlainText.Check.without(fromName);
		subject = PlainText.Check.without(subject);
		text = PlainText.Check.without(text);
		files = files == null ? List.of() : List.copyOf(files);
		answers = answers == null ? List.of() : List.copyOf(answers);
	}
}
