package id.aduan.intake.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.accounts.Actor;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceList;
import id.aduan.complaints.Arrival;
import id.aduan.complaints.AttachmentPolicy;
import id.aduan.complaints.AttachmentUpload;
import id.aduan.complaints.Complainant;
import id.aduan.complaints.ComplaintFacts;
import id.aduan.complaints.ComplaintQueries;
import id.aduan.complaints.ComplaintRegistration;
import id.aduan.complaints.Matter;
import id.aduan.complaints.NewComplaint;
import id.aduan.complaints.Receipt;
import id.aduan.complaints.TrackingCode;
import id.aduan.conversations.ComplaintThreads;
import id.aduan.system.EmailAddress;
import id.aduan.system.FieldProblem;
import id.aduan.system.InvalidInput;
import id.aduan.system.Problems;

/**
 * What an email becomes, whether it came from the mailbox or a pipe: taken once by its Message-ID; a
 * complainant's reply to Aduan's mail (In-Reply-To/References naming Aduan's Message-ID or the
 * complaint's own email, or the tracking code in the subject, and sent from the complainant's own
 * address) goes into that complaint's thread; anything else becomes a new complaint through the one
 * registration every channel uses, channel EMAIL, its Message-ID as channel reference. The reply with
 * the tracking code and access key is queued by the follow-up module in the same transaction.
 * Auto-replies, bounces and Aduan's own mail are recorded and left alone. An email cannot be sent back
 * to be corrected, so it is fitted to the register's rules (a missing subject or text filled in, files
 * that fail the attachment policy named in the description, and in the receipt with why) rather than
 * refused.
 */
@Component
public class MailIntake {

	private static final Logger log = LoggerFactory.getLogger(MailIntake.class);

	static final String CHANNEL = "EMAIL";

	/** The tracking code inside Aduan's own Message-IDs, e.g. {@code <ADU-7K4M-Q2PX.3f9c…@…>}. */
	private static final Pattern OWN_ID = Pattern.compile("^<(ADU-[2-9A-Z]{4}-[2-9A-Z]{4})\\.[0-9a-f]+@");

	/** A tracking code in a subject, as typed: {@code ADU-7K4M-Q2PX}, {@code adu-7k4m-q2px}, {@code ADU7K4MQ2PX}. */
	private static final Pattern CODE_IN_TEXT = Pattern.compile("ADU-?[2-9A-Z]{4}-?[2-9A-Z]{4}", Pattern.CASE_INSENSITIVE);

	/** What became of a message. */
	public enum Outcome {
		/** A new complaint. */
		COMPLAINT,
		/** A complainant's reply, now in the complaint's thread. */
		REPLY,
		/** Taken before: nothing done. */
		ALREADY_TAKEN,
		/** An auto-reply, bounce or Aduan's own mail: recorded, nothing done. */
		IGNORED,
		/** Could not be registered (e.g. the EMAIL channel is switched off): recorded and logged. */
		REFUSED,
		/** Kept aside for the coordinator (no sender to answer, or it failed again and again). */
		SET_ASIDE
	}

	/** What became of a message, with the complaint's tracking code where there is one. */
	public record Taken(Outcome outcome, String trackingCode) {
	}

	private final EmailMessages messages;

	private final EmailFailures failures;

	private final ComplaintRegistration registration;

	private final ComplaintQueries complaints;

	private final ComplaintThreads threads;

	private final AttachmentPolicy policy;

	private final Catalog catalog;

	private final MessageSource texts;

	private final Clock clock;

	private final String ownAddress;

	MailIntake(EmailMessages messages, EmailFailures failures, ComplaintRegistration registration, ComplaintQueries complaints,
			ComplaintThreads threads, AttachmentPolicy policy, Catalog catalog, MessageSource texts, Clock clock,
			@Value("${aduan.followup.mail-from:aduan@localhost}") String ownAddress) {
		this.messages = messages;
		this.failures = failures;
		this.registration = registration;
		this.complaints = complaints;
		this.threads = threads;
		this.policy = policy;
		this.catalog = catalog;
		this.texts = texts;
		this.clock = clock;
		this.ownAddress = ownAddress.trim().toLowerCase(Locale.ROOT);
	}

	/**
	 * Takes the mail in one transaction: whatever it becomes is committed together with its Message-ID's
	 * claim, and only then may the caller mark it seen in the mailbox. {@code key} names the message in
	 * its mailbox (or pipe) and {@code raw} is the message as received, kept when it is set aside.
	 */
	@Transactional
	Taken take(InboundMail mail, String source, String key, byte[] raw) {
		Instant now = clock.instant();
		if (!messages.claim(mail, source, now)) {
			return new Taken(Outcome.ALREADY_TAKEN, null);
		}
		if (mail.automatic() || mail.fromAddress() != null && ownAddress.equals(mail.fromAddress().toLowerCase(Locale.ROOT))) {
			messages.settle(mail.messageId(), Outcome.IGNORED, null);
			log.info("Surel {} dari {} diabaikan (balasan otomatis, pantulan, atau surel Aduan sendiri)",
					mail.messageId(), mail.fromAddress());
			return new Taken(Outcome.IGNORED, null);
		}
		if (mail.fromAddress() == null) {
			messages.settle(mail.messageId(), Outcome.SET_ASIDE, null);
			failures.setAside(key, source, new EmailFailures.Known(mail.messageId(), null, mail.subject(), raw),
					EmailFailures.Reason.NO_SENDER, now);
			log.warn("Surel {} tanpa pengirim disisihkan untuk koordinator", mail.messageId());
			return new Taken(Outcome.SET_ASIDE, null);
		}
		Optional<ComplaintFacts> answered = answeredComplaint(mail);
		if (answered.isPresent()) {
			ComplaintFacts complaint = answered.get();
			threads.appendEmail(complaint.id(), MailText.withoutQuote(mail.text()), mail.files(), mail.messageId());
			messages.settle(mail.messageId(), Outcome.REPLY, complaint.id());
			return new Taken(Outcome.REPLY, complaint.trackingCode());
		}
		Fitted fitted = fitted(mail, now);
		NewComplaint complaint = fitted.complaint();
		try {
			registration.check(complaint);
		}
		catch (InvalidInput refused) {
			messages.settle(mail.messageId(), Outcome.REFUSED, null);
			log.warn("Surel {} dari {} tidak dapat dicatat sebagai pengaduan: {}", mail.messageId(), mail.fromAddress(),
					refused.problems());
			return new Taken(Outcome.REFUSED, null);
		}
		Receipt receipt = registration.registerWithReceipt(complaint, Actor.citizen(complaint.complainant().name()),
				fitted.filesLeftOut());
		messages.settle(mail.messageId(), Outcome.COMPLAINT, receipt.complaintId());
		return new Taken(Outcome.COMPLAINT, receipt.trackingCode().value());
	}

	/**
	 * The complaint this mail answers, when it is sent from that complaint's complainant: a thread is the
	 * complainant's, and a stranger who knows a tracking code must not write into it.
	 */
	private Optional<ComplaintFacts> answeredComplaint(InboundMail mail) {
		Optional<Long> id = Optional.empty();
		for (String answered : mail.answers()) {
			Matcher own = OWN_ID.matcher(answered);
			if (own.find()) {
				id = TrackingCode.parse(own.group(1)).flatMap(complaints::idOf);
				if (id.isPresent()) {
					break;
				}
			}
		}
		if (id.isEmpty()) {
			id = messages.complaintOf(mail.answers());
		}
		if (id.isEmpty() && mail.subject() != null) {
			Matcher code = CODE_IN_TEXT.matcher(mail.subject());
			while (id.isEmpty() && code.find()) {
				id = TrackingCode.parse(code.group()).flatMap(complaints::idOf);
			}
		}
		return id.flatMap(complaints::facts)
			.filter(complaint -> complaint.complainantEmail() != null
					&& complaint.complainantEmail().equalsIgnoreCase(mail.fromAddress()));
	}

	/** An email fitted to the register's rules, and the files left out with why, for the receipt. */
	private record Fitted(NewComplaint complaint, List<FieldProblem> filesLeftOut) {
	}

	/** The email as a complaint the register accepts. */
	private Fitted fitted(InboundMail mail, Instant now) {
		String email = EmailAddress.Check.isValid(mail.fromAddress()) ? mail.fromAddress() : null;
		String name = Problems.blankToNull(mail.fromName());
		String subject = Problems.blankToNull(mail.subject());
		String title = subject == null ? text("intake.mail.noSubject", name == null ? mail.fromAddress() : name)
				: subject;
		title = title.length() > 200 ? title.substring(0, 199) + "…" : title;

		List<AttachmentUpload> kept = new ArrayList<>();
		List<String> leftOut = new ArrayList<>();
		List<FieldProblem> why = new ArrayList<>();
		for (AttachmentUpload file : mail.files()) {
			if (file.content() == null || file.content().length == 0) {
				continue;
			}
			String fileName = AttachmentNames.safe(file.fileName());
			if (kept.size() >= policy.maxFiles()) {
				leftOut.add(fileName);
				why.add(FieldProblem.of("attachments", "intake.mail.fileTooMany", fileName, policy.maxFiles()));
				continue;
			}
			Problems problems = new Problems();
			if (!policy.check("attachments", List.of(file), false, problems).isEmpty()) {
				kept.add(file);
				continue;
			}
			leftOut.add(fileName);
			try {
				problems.throwIfAny();
			}
			catch (InvalidInput refused) {
				why.addAll(refused.problems());
			}
		}
		StringBuilder description = new StringBuilder(MailText.tidy(mail.text()));
		if (description.length() < 10) {
			description.insert(0, subject == null ? "" : subject + "\n\n");
		}
		if (description.toString().strip().length() < 10) {
			description.append(description.isEmpty() ? "" : "\n\n").append(text("intake.mail.noText"));
		}
		String note = leftOut.isEmpty() ? "" : "\n\n" + text("intake.mail.filesLeftOut", String.join(", ", leftOut));
		String body = description.toString().strip();
		int room = 10000 - note.length();
		if (body.length() > room) {
			body = body.substring(0, room - 1) + "…";
		}
		Instant sent = mail.sentAt();
		boolean plausible = sent != null && !sent.isAfter(now.plus(Duration.ofMinutes(5)))
				&& sent.isAfter(now.minus(Duration.ofDays(365)));
		long channel = catalog.itemByCode(ReferenceList.CHANNEL, CHANNEL).map(item -> item.id()).orElse(-1L);
		return new Fitted(NewComplaint
			.of(new Arrival(channel, plausible ? sent : null, mail.messageId()), Matter.of(title, body + note))
			.from(new Complainant(name == null ? null : cut(name, 200), null, email, null))
			.attaching(kept), why);
	}

	private String text(String key, Object... arguments) {
		return texts.getMessage(key, arguments, key, Locale.forLanguageTag("id"));
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}
}
