package id.aduan.complaints;

/** A new complaint is in the register, from whichever channel. */
public record ComplaintRegistered(long complaintId, String trackingCode, long channelId) {
}
