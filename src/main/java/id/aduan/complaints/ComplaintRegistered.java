package id.aduan.complaints;

/**
 * A new complaint is in the register, from whichever channel. {@code accessKey} is the complainant's
 * key to the message thread, in plain, so that the receipt sent in the same transaction can carry it;
 * it is never stored in plain. {@code complainantHasEmail} spares listeners that only write to the
 * complainant a look at a complaint they cannot write to.
 */
public record ComplaintRegistered(long complaintId, String trackingCode, long channelId, String accessKey,
		boolean complainantHasEmail) {

	@Override
	public String toString() {
		return "ComplaintRegistered[" + complaintId + ", " + trackingCode + ", channel " + channelId + "]";
	}
}
