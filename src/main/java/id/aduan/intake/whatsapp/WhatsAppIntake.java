package id.aduan.intake.whatsapp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.aduan.accounts.Actor;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceList;
import id.aduan.complaints.Arrival;
import id.aduan.complaints.Complainant;
import id.aduan.complaints.ComplaintQueries;
import id.aduan.complaints.ComplaintRegistration;
import id.aduan.complaints.LaterEvidence;
import id.aduan.complaints.Matter;
import id.aduan.complaints.NewComplaint;
import id.aduan.complaints.Receipt;
import id.aduan.conversations.ComplaintThreads;
import id.aduan.messaging.WhatsAppMessageReceived;
import id.aduan.system.FieldProblem;
import id.aduan.system.InvalidInput;

/**
 * What a WhatsApp message to the office's number becomes, taken once by its message id in the webhook's
 * transaction: from a number with a complaint still open, a message in that complaint's thread (the
 * latest one's; the platform vouches for the sender's number as a mailbox does for an address); from
 * anyone else, a new complaint through the one registration every channel uses, channel "Telepon /
 * WhatsApp" ({@value #CHANNEL}), the message id as channel reference, the sender's profile name and
 * number as the complainant, who hears back on WhatsApp as an email's sender hears back by email. A
 * message cannot be sent back to be corrected, so it is fitted to the register's rules (a title from its
 * first words, a too-short text completed) rather than refused; a message without text (a sticker, a
 * voice note) is noted in the thread of an open complaint and otherwise left, recorded, alone. A photo
 * or PDF document is evidence: fetched from the platform once the message is claimed
 * ({@link WhatsAppEvidence}), it is kept with the new complaint's files or with the open complaint's
 * evidence (a note in the thread says so), so that even a photo without a word makes a complaint; a
 * file that cannot be fetched or breaks the attachment rules leaves a note instead, and the message is
 * taken all the same.
 */
@Component
class WhatsAppIntake {

	private static final Logger log = LoggerFactory.getLogger(WhatsAppIntake.class);

	static final String CHANNEL = "PHONE";

	/** Longest title taken from a message's first words. */
	private static final int TITLE_MAX = 80;

	/** What became of a message. */
	enum Outcome {
		/** A new complaint. */
		COMPLAINT,
		/** In the thread of the sender's open complaint. */
		REPLY,
		/** Nothing to take (no text and no open complaint). */
		IGNORED,
		/** Could not be registered (e.g. the channel is switched off): recorded and logged. */
		REFUSED
	}

	private final WhatsAppMessages messages;

	private final ComplaintRegistration registration;

	private final ComplaintQueries complaints;

	private final ComplaintThreads threads;

	private final Catalog catalog;

	private final MessageSource texts;

	private final Clock clock;

	private final WhatsAppEvidence media;

	private final LaterEvidence later;

	WhatsAppIntake(WhatsAppMessages messages, ComplaintRegistration registration, ComplaintQueries complaints,
			ComplaintThreads threads, Catalog catalog, MessageSource texts, Clock clock, WhatsAppEvidence media,
			LaterEvidence later) {
		this.messages = messages;
		this.registration = registration;
		this.complaints = complaints;
		this.threads = threads;
		this.catalog = catalog;
		this.texts = texts;
		this.clock = clock;
		this.media = media;
		this.later = later;
	}

	@EventListener
	void received(WhatsAppMessageReceived message) {
		Instant now = clock.instant();
		if (!messages.claim(message.messageId(), message.sender(), now)) {
			log.info("Pesan WhatsApp {} sudah diambil sebelumnya", message.messageId());
			return;
		}
		// Only once the message is ours: a repeated delivery never fetches nor stores the file again.
		WhatsAppEvidence.Evidence evidence = media.of(message);
		Optional<Long> open = complaints.openComplaintOfPhone(message.sender());
		if (open.isPresent()) {
			threads.appendWhatsApp(open.get(), withNote(textOf(message), keptWith(open.get(), evidence, message)));
			messages.settle(message.messageId(), Outcome.REPLY, open.get());
			return;
		}
		if (message.text() == null && evidence == null) {
			messages.settle(message.messageId(), Outcome.IGNORED, null);
			log.info("Pesan WhatsApp {} ({}) tanpa teks dari nomor tanpa pengaduan terbuka diabaikan",
					message.messageId(), message.type());
			return;
		}
		NewComplaint complaint = fitted(message, now, evidence);
		try {
			registration.check(complaint);
		}
		catch (InvalidInput refused) {
			messages.settle(message.messageId(), Outcome.REFUSED, null);
			log.warn("Pesan WhatsApp {} tidak dapat dicatat sebagai pengaduan: {}", message.messageId(),
					refused.problems());
			return;
		}
		Receipt receipt = registration.registerWithReceipt(complaint, Actor.citizen(complaint.complainant().name()));
		messages.settle(message.messageId(), Outcome.COMPLAINT, receipt.complaintId());
	}

	/** The message's text, or what it was when it had none. */
	private String textOf(WhatsAppMessageReceived message) {
		if (message.text() != null) {
			return message.text();
		}
		return message.media() != null ? text("intake.whatsapp.mediaOnly." + message.type())
				: text("intake.whatsapp.noText", message.type());
	}

	/**
	 * Keeps the file with the open complaint's evidence; the note for its thread says where it went, or
	 * why it is not kept.
	 */
	private String keptWith(long complaintId, WhatsAppEvidence.Evidence evidence, WhatsAppMessageReceived message) {
		if (evidence == null) {
			return null;
		}
		if (!evidence.kept()) {
			return evidence.note();
		}
		List<FieldProblem> refused = later.attach(complaintId, evidence.file(), Actor.citizen(message.senderName()));
		return refused.isEmpty() ? media.keptNote(evidence) : media.refused(evidence.fileName(), refused).note();
	}

	private static String withNote(String text, String note) {
		return note == null ? text : text.strip() + "\n\n" + note;
	}

	/** The message as a complaint the register accepts, with its file when it is kept. */
	private NewComplaint fitted(WhatsAppMessageReceived message, Instant now, WhatsAppEvidence.Evidence evidence) {
		String name = message.senderName() == null || message.senderName().isBlank() ? null
				: cut(message.senderName().strip(), 200);
		String title;
		String description;
		if (message.text() != null) {
			String text = message.text().strip();
			String firstLine = text.lines().filter(line -> !line.isBlank()).findFirst().orElse(text).strip();
			title = firstLine.length() <= TITLE_MAX ? firstLine : cutAtWord(firstLine, TITLE_MAX);
			description = text.length() >= 10 || evidence != null ? text : text + "\n\n" + text("intake.whatsapp.short");
		}
		else {
			title = text("intake.whatsapp.mediaTitle." + message.type());
			description = text("intake.whatsapp.mediaOnly." + message.type());
		}
		String note = evidence == null ? "" : "\n\n" + (evidence.kept() ? media.keptNote(evidence) : evidence.note());
		if (description.length() + note.length() > 10000) {
			description = description.substring(0, 9999 - note.length()) + "…";
		}
		Instant sent = message.sentAt();
		boolean plausible = sent != null && !sent.isAfter(now.plus(Duration.ofMinutes(5)))
				&& sent.isAfter(now.minus(Duration.ofDays(30)));
		long channel = catalog.itemByCode(ReferenceList.CHANNEL, CHANNEL).map(item -> item.id()).orElse(-1L);
		boolean indonesian = message.sender().matches("62[0-9]{7,13}");
		return NewComplaint
			.of(new Arrival(channel, plausible ? sent : null, message.messageId()), Matter.of(title, description + note))
			.from(new Complainant(name, indonesian ? "+" + message.sender() : null, null, null, indonesian))
			.attaching(evidence != null && evidence.kept() ? List.of(evidence.file()) : List.of());
	}

	private String text(String key, Object... arguments) {
		return texts.getMessage(key, arguments, key, Locale.forLanguageTag("id"));
	}

	private static String cutAtWord(String text, int max) {
		int space = text.lastIndexOf(' ', max - 1);
		return text.substring(0, space > max / 2 ? space : max - 1) + "…";
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}
}
