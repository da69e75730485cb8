package id.aduan.complaints;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What Aduan's own processes (notices to the complainant and to staff) need to know of a complaint.
 * Not a view for people: it carries the complainant's address, which only the complainant's own mail
 * may use. {@code complainantName} is empty for an anonymous complaint. The channel and its reference (an
 * email's Message-ID) let an answer to an email go back as a reply to it. {@code complainantPhone} is
 * the number to write to by WhatsApp or SMS, present only when the complainant agreed to that.
 */
public record ComplaintFacts(long id, String trackingCode, String title, ComplaintStatus status, Instant receivedAt,
		Long unitId, String unitName, String answer, String complainantName, String complainantEmail,
		boolean anonymous, DeadlineSchedule.Stage stage, LocalDate currentDue, LocalDate autoCloseDue,
		String latestNote, long channelId, String channelReference, String complainantPhone) {
}
