package id.aduan.complaints;

/** A complaint was put in the hands of the officer with account {@code accountId}. */
public record ComplaintAssigned(long complaintId, long accountId) {
}
