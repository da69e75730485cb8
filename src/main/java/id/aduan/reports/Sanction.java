package id.aduan.reports;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A sanction imposed after a complaint (penjatuhan sanksi). {@code person} — who was sanctioned — is
 * shown only to the coordinator and the head of office, never in the published report.
 */
public record Sanction(long id, long complaintId, String trackingCode, long unitId, String unitName,
		SanctionKind kind, String person, LocalDate imposedOn, String decreeNumber, String note, Instant recordedAt,
		String recordedBy) {
}
