package id.aduan.complaints;

/** A complaint was sent to a work unit for follow-up (disposisi). */
public record ComplaintRouted(long complaintId, long unitId) {
}
