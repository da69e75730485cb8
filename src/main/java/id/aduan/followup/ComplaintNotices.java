package id.aduan.followup;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceList;
import id.aduan.complaints.ComplaintFacts;
import id.aduan.complaints.ComplaintQueries;
import id.aduan.complaints.ComplaintRegistered;
import id.aduan.complaints.ComplaintRouted;
import id.aduan.complaints.ComplaintStatus;
import id.aduan.complaints.ComplaintStatusChanged;
import id.aduan.system.FieldProblem;

/**
 * Queues the notices a change to a complaint calls for, in the transaction of the change: the
 * complainant hears of receipt, answer and closure (when they gave an address: anonymity hides them
 * from others, not from themselves), by email and, when they asked for it, by WhatsApp or SMS
 * ({@link PhoneNotices}); the unit hears of a complaint routed to it; the coordinators of a dispute.
 */
@Component
class ComplaintNotices {

	/** The channel whose complaints are answered as replies to the email they came as. */
	static final String EMAIL_CHANNEL = "EMAIL";

	/**
	 * The placeholder of the email receipt that names the attachments the office did not keep; empty when
	 * every file was kept, else a paragraph between blank lines.
	 */
	static final String FILES_LEFT_OUT = "lampiran";

	private static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private final ComplaintQueries complaints;

	private final Outbox outbox;

	private final NoticeValues values;

	private final Recipients recipients;

	private final Catalog catalog;

	private final MessageSource texts;

	private final PhoneNotices phone;

	ComplaintNotices(ComplaintQueries complaints, Outbox outbox, NoticeValues values, Recipients recipients,
			Catalog catalog, MessageSource texts, PhoneNotices phone) {
		this.texts = texts;
		this.phone = phone;
		this.complaints = complaints;
		this.outbox = outbox;
		this.values = values;
		this.recipients = recipients;
		this.catalog = catalog;
	}

	/**
	 * The receipt, with the tracking code and the access key to the message thread. A complaint that came
	 * as an email gets it as a reply to that email, so that it lands in the sender's own conversation,
	 * naming the attachments that were not kept and why: the sender cannot see the complaint's files.
	 */
	@EventListener
	void registered(ComplaintRegistered event) {
		if (!event.complainantHasEmail() && !event.complainantTakesPhoneNotices()) {
			return;
		}
		ComplaintFacts complaint = complaints.facts(event.complaintId()).orElse(null);
		if (complaint == null) {
			return;
		}
		Map<String, String> fill = values.of(complaint);
		String accessKey = event.accessKey();
		phone.queue(complaint, NotificationKind.RECEIPT, "receipt:" + complaint.id(), fill, accessKey);
		if (complaint.complainantEmail() == null) {
			return;
		}
		if (accessKey == null) {
			fill.put(Outbox.ACCESS_KEY, "-");
		}
		boolean byEmail = complaint.channelReference() != null && catalog.item(ReferenceList.CHANNEL, complaint.channelId())
			.filter(channel -> EMAIL_CHANNEL.equals(channel.code()))
			.isPresent();
		if (byEmail) {
			fill.put("subjek", complaint.title());
			fill.put(FILES_LEFT_OUT, filesLeftOut(event.filesLeftOut()));
			outbox.queue("receipt:" + complaint.id(), NotificationKind.MAIL_RECEIPT, complaint.id(),
					complaint.complainantEmail(), fill, complaint.channelReference(), accessKey);
		}
		else {
			outbox.queue("receipt:" + complaint.id(), NotificationKind.RECEIPT, complaint.id(),
					complaint.complainantEmail(), fill, null, accessKey);
		}
	}

	@EventListener
	void statusChanged(ComplaintStatusChanged event) {
		ComplaintFacts complaint = complaints.facts(event.complaintId()).orElse(null);
		if (complaint == null) {
			return;
		}
		long at = outbox.now().toEpochMilli();
		if (event.to() == ComplaintStatus.ANSWERED) {
			toComplainant(complaint, NotificationKind.ANSWERED, "answered:" + complaint.id() + ":" + at);
		}
		else if (event.to() == ComplaintStatus.CLOSED) {
			toComplainant(complaint, NotificationKind.CLOSED, "closed:" + complaint.id() + ":" + at);
		}
		else if (event.to() == ComplaintStatus.REOPENED && event.from() == ComplaintStatus.ANSWERED) {
			Map<String, String> fill = values.of(complaint);
			fill.put("batas", NoticeValues.date(complaint.currentDue()));
			fill.put("alasan", complaint.latestNote() == null ? "-" : complaint.latestNote());
			recipients.coordinators().forEach((key, to) -> {
				Map<String, String> own = new HashMap<>(fill);
				own.put("nama", to.name());
				outbox.queue("disputed:" + complaint.id() + ":" + at + ":" + key, NotificationKind.DISPUTED,
						complaint.id(), to.email(), own);
			});
		}
	}

	@EventListener
	void routed(ComplaintRouted event) {
		ComplaintFacts complaint = complaints.facts(event.complaintId()).orElse(null);
		if (complaint == null) {
			return;
		}
		long at = outbox.now().toEpochMilli();
		Map<String, String> fill = values.of(complaint);
		fill.put("batas", NoticeValues.date(complaint.currentDue()));
		recipients.unit(event.unitId()).forEach((key, to) -> {
			Map<String, String> own = new HashMap<>(fill);
			own.put("nama", to.name());
			outbox.queue("routed:" + complaint.id() + ":" + event.unitId() + ":" + at + ":" + key,
					NotificationKind.ROUTED, complaint.id(), to.email(), own);
		});
	}

	/** Each file the email's sender sent and the office did not keep, with why, in Indonesian. */
	private String filesLeftOut(List<FieldProblem> leftOut) {
		if (leftOut.isEmpty()) {
			return "";
		}
		StringBuilder paragraph = new StringBuilder("\n").append(text("mail.receipt.filesLeftOut", List.of()));
		for (FieldProblem file : leftOut) {
			paragraph.append("\n- ").append(text(file.messageKey(), file.arguments()));
		}
		return paragraph.append('\n').append(text("mail.receipt.filesLeftOut.resend", List.of())).append('\n').toString();
	}

	private String text(String key, List<Object> arguments) {
		return texts.getMessage(key, arguments.toArray(), key, INDONESIAN);
	}

	private void toComplainant(ComplaintFacts complaint, NotificationKind kind, String key) {
		Map<String, String> fill = values.of(complaint);
		fill.put("batas", NoticeValues.date(complaint.autoCloseDue()));
		phone.queue(complaint, kind, key, fill, null);
		if (complaint.complainantEmail() != null) {
			outbox.queue(key, kind, complaint.id(), complaint.complainantEmail(), fill);
		}
	}
}
