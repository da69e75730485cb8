package id.aduan.complaints;

/**
 * What the one who submitted a complaint is given: the tracking code to follow it with and the access
 * key to its message thread. The key exists in plain only here; the register keeps its hash.
 */
public record Receipt(long complaintId, TrackingCode trackingCode, AccessKey accessKey) {
}
