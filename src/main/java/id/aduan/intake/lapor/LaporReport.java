package id.aduan.intake.lapor;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One report as SP4N-LAPOR! exports it, already checked cell by cell: its tracking ID (kept as the
 * complaint's channel reference), when it was reported, what and by whom, LAPOR!'s own status and
 * category (kept beside the complaint; Aduan classifies by its own catalogue), and {@code row}, where
 * it stood in the file.
 */
public record LaporReport(int row, String laporId, Instant reportedAt, String title, String description,
		String reportTypeCode, String category, String name, String email, String phone, boolean anonymous,
		boolean confidential, String place, LocalDate incidentDate, String status, String updatedAt) {
}
