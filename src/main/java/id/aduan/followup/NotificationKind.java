package id.aduan.followup;

/** The emails Aduan sends, each with its editable template. */
public enum NotificationKind {

	/** To the complainant: the complaint is in, here is the tracking code. */
	RECEIPT(true),
	/** To the complainant: the office's answer, and until when it can be disputed. */
	ANSWERED(true),
	/** To the complainant: the complaint is closed. */
	CLOSED(true),
	/** To the unit's officers: a complaint was routed to the unit. */
	ROUTED(false),
	/** To the coordinators: verification is due soon. */
	REMIND_VERIFY(false),
	/** To the unit's officers: follow-up is due soon. */
	REMIND_FOLLOW_UP(false),
	/** To the coordinators: a deadline has passed. */
	OVERDUE(false),
	/** To the coordinators: the complainant disputes the answer. */
	DISPUTED(false),
	/** To each unit officer: the unit's open complaints, every working morning. */
	DIGEST(false),
	/** To one who complained by email: a reply to that email with the tracking code and the access key. */
	MAIL_RECEIPT(true),
	/** To the complainant: staff wrote in the complaint's message thread. */
	MESSAGE_TO_COMPLAINANT(true),
	/** To those handling the complaint: the complainant wrote in the message thread. */
	MESSAGE_TO_STAFF(false),
	/** To a visitor of the office's website: staff answered in the chat widget. */
	CHAT_TO_VISITOR(true),
	/** To the help desk and the coordinators: a visitor wrote in the chat widget. */
	CHAT_TO_STAFF(false),
	/** To the unit's officers: last month's recap can be submitted now, by its due date. */
	RECAP_OPEN(false),
	/** To the unit's officers: the recap is due on the next working day and has not been returned. */
	RECAP_DUE_SOON(false),
	/** To the coordinators: the units that did not return last month's recap by its due date. */
	RECAP_MISSING(false),
	/** To the unit's officers: the due date of last month's recap has passed and it has not been returned. */
	RECAP_OVERDUE(false),
	/** To the head: a complaint is overdue by the set number of working days (once per complaint). */
	ESCALATED(false);

	private final boolean toComplainant;

	NotificationKind(boolean toComplainant) {
		this.toComplainant = toComplainant;
	}

	public boolean toComplainant() {
		return toComplainant;
	}
}
