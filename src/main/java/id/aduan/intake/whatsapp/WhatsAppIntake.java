package id.aduan.intake.whatsapp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
import id.aduan.complaints.Matter;
import id.aduan.complaints.NewComplaint;
import id.aduan.complaints.Receipt;
import id.aduan.conversations.ComplaintThreads;
import id.aduan.messaging.WhatsAppMessageReceived;
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
 * voice note) is noted in the thread of an open complaint and otherwise left, recorded, alone.
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

	WhatsAppIntake(WhatsAppMessages messages, ComplaintRegistration registration, ComplaintQueries complaints,
			ComplaintThreads threads, Catalog catalog, MessageSource texts, Clock clock) {
		this.messages = messages;
		this.registration = registration;
		this.complaints = complaints;
		this.threads = threads;
		this.catalog = catalog;
		this.texts = texts;
		this.clock = clock;
	}

	@EventListener
	void received(WhatsAppMessageReceived message) {
		Instant now = clock.instant();
		if (!messages.claim(message.messageId(), message.sender(), now)) {
			log.info("Pesan WhatsApp {} sudah diambil sebelumnya", message.messageId());
			return;
		}
		Optional<Long> open = complaints.openComplaintOfPhone(message.sender());
		if (open.isPresent()) {
			String text = message.text() != null ? message.text() : text("intake.whatsapp.noText", message.type());
			threads.appendWhatsApp(open.get(), text);
			messages.settle(message.messageId(), Outcome.REPLY, open.get());
			return;
		}
		if (message.text() == null) {
			messages.settle(message.messageId(), Outcome.IGNORED, null);
			log.info("Pesan WhatsApp {} ({}) tanpa teks dari nomor tanpa pengaduan terbuka diabaikan",
					message.messageId(), message.type());
			return;
		}
		NewComplaint complaint = fitted(message, now);
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

	/** The message as a complaint the register accepts. */
	private NewComplaint fitted(WhatsAppMessageReceived message, Instant now) {
		String text = message.text().strip();
		String name = message.senderName() == null || message.senderName().isBlank() ? null
				: cut(message.senderName().strip(), 200);
		String firstLine = text.lines().filter(line -> !line.isBlank()).findFirst().orElse(text).strip();
		String title = firstLine.length() <= TITLE_MAX ? firstLine : cutAtWord(firstLine, TITLE_MAX);
		String description = text.length() >= 10 ? text : text + "\n\n" + text("intake.whatsapp.short");
		if (description.length() > 10000) {
			description = description.substring(0, 9999) + "…";
		}
		Instant sent = message.sentAt();
		boolean plausible = sent != null && !sent.isAfter(now.plus(Duration.ofMinutes(5)))
				&& sent.isAfter(now.minus(Duration.ofDays(30)));
		long channel = catalog.itemByCode(ReferenceList.CHANNEL, CHANNEL).map(item -> item.id()).orElse(-1L);
		boolean indonesian = message.sender().matches("62[0-9]{7,13}");
		return NewComplaint
			.of(new Arrival(channel, plausible ? sent : null, message.messageId()), Matter.of(title, description))
			.from(new Complainant(name, indonesian ? "+" + message.sender() : null, null, null, indonesian));
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
