package id.aduan.complaints;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the inbox. {@code complainantName} is empty when the complainant is anonymous;
 * {@code due} is the date the current stage must be done by, with where that stands now and how many
 * working days are left; {@code assigneeName} the officer who has it in hand; {@code escalated} whether
 * it was raised to the head.
 */
public record InboxRow(long id, String trackingCode, Instant receivedAt, String title, ComplaintStatus status,
		String channelName, String categoryName, String unitName, String serviceName, boolean anonymous,
		boolean confidential, String complainantName, DeadlineSchedule.Stage stage, LocalDate due,
		DeadlineSchedule.State dueState, int overdueDays, int daysLeft, String assigneeName, boolean escalated) {
}
