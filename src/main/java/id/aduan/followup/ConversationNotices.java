package id.aduan.followup;

import java.util.HashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.aduan.complaints.ComplaintFacts;
import id.aduan.complaints.ComplaintQueries;
import id.aduan.conversations.Conversation;
import id.aduan.conversations.ConversationQueries;
import id.aduan.conversations.Message;
import id.aduan.conversations.MessagePosted;
import id.aduan.conversations.PostedMessage;
import id.aduan.conversations.Side;

/**
 * Tells the other side of a conversation that something was written, by email where an address is
 * known: the complainant hears of staff's messages (and by WhatsApp or SMS when they asked for it: an
 * officer's message is often a request for information); the unit that has the complaint (or the coordinators
 * while no unit has it) hears of the complainant's; a website visitor hears of the help desk's answer,
 * and the help desk and coordinators of a visitor's message. Aduan's own notes in a thread go to nobody.
 */
@Component
class ConversationNotices {

	private final ConversationQueries conversations;

	private final ComplaintQueries complaints;

	private final Outbox outbox;

	private final NoticeValues values;

	private final Recipients recipients;

	private final FollowUpSettings settings;

	private final PhoneNotices phone;

	ConversationNotices(ConversationQueries conversations, ComplaintQueries complaints, Outbox outbox,
			NoticeValues values, Recipients recipients, FollowUpSettings settings, PhoneNotices phone) {
		this.phone = phone;
		this.conversations = conversations;
		this.complaints = complaints;
		this.outbox = outbox;
		this.values = values;
		this.recipients = recipients;
		this.settings = settings;
	}

	@EventListener
	void posted(MessagePosted event) {
		PostedMessage posted = conversations.posted(event.messageId()).orElse(null);
		if (posted == null || event.side() == Side.SYSTEM) {
			return;
		}
		if (event.complaintId() != null) {
			complaints.facts(event.complaintId()).ifPresent(complaint -> aboutComplaint(posted, complaint));
		}
		else {
			aboutChat(posted);
		}
	}

	private void aboutComplaint(PostedMessage posted, ComplaintFacts complaint) {
		Map<String, String> fill = values.of(complaint);
		fill.put("pesan", text(posted.message()));
		String key = "message:" + posted.message().id();
		if (posted.message().side() == Side.STAFF) {
			phone.queue(complaint, NotificationKind.MESSAGE_TO_COMPLAINANT, key, fill, null);
			String to = complaint.complainantEmail() != null ? complaint.complainantEmail()
					: posted.conversation().visitorEmail();
			if (to != null) {
				outbox.queue(key, NotificationKind.MESSAGE_TO_COMPLAINANT, complaint.id(), to, fill);
			}
			return;
		}
		Map<String, Recipients.Recipient> staff = complaint.unitId() == null ? recipients.coordinators()
				: recipients.unit(complaint.unitId());
		staff.forEach((address, to) -> {
			Map<String, String> own = new HashMap<>(fill);
			own.put("nama", to.name());
			outbox.queue(key + ":" + address, NotificationKind.MESSAGE_TO_STAFF, complaint.id(), to.email(), own);
		});
	}

	private void aboutChat(PostedMessage posted) {
		Conversation chat = posted.conversation();
		Map<String, String> fill = values.office();
		fill.put("pesan", text(posted.message()));
		fill.put("tautanStaf", settings.link("/staf/percakapan/" + chat.publicId()));
		String key = "chat:" + posted.message().id();
		if (posted.message().side() == Side.STAFF) {
			if (chat.visitorEmail() != null) {
				fill.put("nama", chat.visitorName() == null ? "Bapak/Ibu" : chat.visitorName());
				outbox.queue(key, NotificationKind.CHAT_TO_VISITOR, null, chat.visitorEmail(), fill);
			}
			return;
		}
		fill.put("nama", posted.message().authorName());
		recipients.desk().forEach((address, to) -> outbox.queue(key + ":" + address, NotificationKind.CHAT_TO_STAFF,
				null, to.email(), fill));
	}

	private static String text(Message message) {
		return message.files().isEmpty() ? message.body()
				: message.body() + "\n\n(" + message.files().size() + " berkas terlampir)";
	}
}
