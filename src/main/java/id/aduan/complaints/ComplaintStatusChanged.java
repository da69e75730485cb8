package id.aduan.complaints;

/** A complaint moved from one status to another (after the change was stored). */
public record ComplaintStatusChanged(long complaintId, ComplaintStatus from, ComplaintStatus to, Long unitId) {
}
