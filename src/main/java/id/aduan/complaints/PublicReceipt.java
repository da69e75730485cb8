package id.aduan.complaints;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The facts of a complaint's receipt (tanda terima) that anyone holding the tracking code may read: when
 * it arrived and through which channel, and the working-day deadlines of its first steps (verification,
 * then the answer), with the number of working days the rule allows for each. Neither the complainant nor
 * the title: a receipt is printed and handed over, and a confidential complaint's title stays inside.
 * The deadlines are null only for a complaint that was never planned (none is, once registered).
 */
public record PublicReceipt(String trackingCode, Instant receivedAt, long channelId, boolean confidential,
		LocalDate verifyDue, LocalDate answerDue, int verifyDays, int answerDays) {
}
