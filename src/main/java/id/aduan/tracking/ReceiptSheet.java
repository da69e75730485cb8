package id.aduan.tracking;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * A complaint's receipt (tanda terima) as the page and the PDF show it: the code, when and through which
 * channel it arrived (office time), by when it is verified and answered, and where to follow it (address
 * and its QR code as a PNG {@code data:} URI, which both a page under the content security policy and the
 * PDF renderer can show). The access key is never part of it: it is given beside, on the first showing only.
 */
record ReceiptSheet(String trackingCode, ZonedDateTime receivedAt, String channel, LocalDate verifyDue,
		LocalDate answerDue, int verifyDays, int answerDays, String trackingUrl, String qrCode) {
}
