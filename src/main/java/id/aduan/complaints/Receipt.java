package id.aduan.complaints;

/**
 * What the one who submitted a complaint is given: the tracking code to follow it with and the access
 * key to its message thread. The key exists in plain only here; the register keeps its hash.
 */
public record Receipt(long complaintId, TrackingCode trackingCode, AccessKey accessKey) {

	/**
	 * The same receipt without its access key ({@code null}): what may be kept, e.g. to answer a retried
	 * request again, since a kept key would no longer be a secret.
	 */
	public Receipt withoutAccessKey() {
		return new Receipt(complaintId, trackingCode, null);
	}
}
