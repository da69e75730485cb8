package id.aduan.complaints;

import java.util.List;

import id.aduan.system.FieldProblem;

/**
 * A new complaint is in the register, from whichever channel. {@code accessKey} is the complainant's
 * key to the message thread, in plain, so that the receipt sent in the same transaction can carry it;
 * it is never stored in plain. {@code complainantHasEmail} and {@code complainantTakesPhoneNotices} (a
 * mobile number and the consent to WhatsApp or SMS notices on it) spare listeners that only write to
 * the complainant a look at a complaint they cannot write to. {@code filesLeftOut} names the files a
 * channel that cannot ask again (email) did not keep, each with why, so that the receipt tells the
 * complainant.
 */
public record ComplaintRegistered(long complaintId, String trackingCode, long channelId, String accessKey,
		boolean complainantHasEmail, boolean complainantTakesPhoneNotices, List<FieldProblem> filesLeftOut) {

	public ComplaintRegistered {
		filesLeftOut = filesLeftOut == null ? List.of() : List.copyOf(filesLeftOut);
	}

	@Override
	public String toString() {
		return "ComplaintRegistered[" + complaintId + ", " + trackingCode + ", channel " + channelId + "]";
	}
}
