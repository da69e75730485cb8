package id.aduan.followup;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import id.aduan.complaints.ComplaintFacts;
import id.aduan.messaging.MessagingSetup;
import id.aduan.messaging.MobileNumber;
import id.aduan.messaging.PhoneChannel;
import id.aduan.messaging.PhoneNotice;
import id.aduan.messaging.PhoneNoticeText;

/**
 * Queues the phone twin of a notice to the complainant, in the same transaction as its email: a WhatsApp
 * template message, or an SMS when only the gateway is switched on, when the complainant gave a mobile
 * number and agreed to notices on it ({@link ComplaintFacts#complainantPhone()}). The access key travels
 * as the emails' does: the stored message keeps the {@code {kunci}} placeholder and the key waits beside
 * it until the message is sent or given up.
 */
@Component
class PhoneNotices {

	/** Longest text put into one WhatsApp parameter: a template's whole body may hold 1,024 characters. */
	static final int PARAMETER_MAX = 500;

	private final MessagingSetup setup;

	private final Outbox outbox;

	PhoneNotices(MessagingSetup setup, Outbox outbox) {
		this.setup = setup;
		this.outbox = outbox;
	}

	/**
	 * Queues {@code kind}'s phone message for {@code complaint} under {@code dedupeKey} plus its medium,
	 * with the email's placeholder values; nothing when the complainant did not ask for it, no channel is
	 * switched on, or the kind has no phone twin.
	 */
	void queue(ComplaintFacts complaint, NotificationKind kind, String dedupeKey, Map<String, String> values,
			String accessKey) {
		String to = MobileNumber.international(complaint.complainantPhone());
		Optional<PhoneNotice> notice = twin(kind);
		if (to == null || notice.isEmpty()) {
			return;
		}
		Optional<PhoneChannel> channel = setup.channel();
		if (channel.isEmpty()) {
			return;
		}
		PhoneNoticeText text = setup.text(notice.get());
		Map<String, String> fill = new HashMap<>(values);
		fill.remove(Outbox.ACCESS_KEY);
		if (accessKey == null) {
			fill.put(Outbox.ACCESS_KEY, "-");
		}
		if (channel.get() == PhoneChannel.WHATSAPP) {
			String parameters = notice.get()
				.parameters()
				.stream()
				.map(name -> parameter(fill.getOrDefault(name, "{" + name + "}")))
				.collect(Collectors.joining("\n"));
			outbox.queueMessage(dedupeKey + ":" + Medium.WHATSAPP, kind, Medium.WHATSAPP, complaint.id(), to,
					text.whatsappTemplate(), parameters, accessKey);
		}
		else {
			String sms = new NotificationTemplate(kind, "", text.smsText()).body(fill);
			outbox.queueMessage(dedupeKey + ":" + Medium.SMS, kind, Medium.SMS, complaint.id(), to, "SMS", sms, accessKey);
		}
	}

	/** The phone notice that goes with an email to the complainant, if it has one. */
	static Optional<PhoneNotice> twin(NotificationKind kind) {
		return Optional.ofNullable(switch (kind) {
			case RECEIPT, MAIL_RECEIPT -> PhoneNotice.RECEIPT;
			case ANSWERED -> PhoneNotice.ANSWERED;
			case MESSAGE_TO_COMPLAINANT -> PhoneNotice.INFORMATION_REQUESTED;
			case CLOSED -> PhoneNotice.CLOSED;
			default -> null;
		});
	}

	/**
	 * A value as a WhatsApp template accepts it: on one line (the platform refuses line breaks, tabs and
	 * runs of spaces in a parameter), never empty, and short enough for the template's body.
	 */
	static String parameter(String value) {
		String line = value == null ? "" : value.replaceAll("\\s+", " ").strip();
		if (line.isEmpty()) {
			return "-";
		}
		return line.length() > PARAMETER_MAX ? line.substring(0, PARAMETER_MAX - 1) + "…" : line;
	}
}
