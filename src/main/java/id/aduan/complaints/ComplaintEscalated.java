package id.aduan.complaints;

/** A complaint overdue by {@code overdueDays} working days was raised to the head (once). */
public record ComplaintEscalated(long complaintId, int overdueDays) {
}
