package id.aduan.intake.lapor;

import java.time.Instant;

/**
 * What the LAPOR! officer enters back into SP4N-LAPOR! for one report: Aduan's status and the public
 * stage it matches on LAPOR!, the unit handling it, the latest follow-up and the answer.
 */
public record LaporFollowUp(String laporId, String trackingCode, String status, String laporStage, String unit,
		String lastFollowUp, Instant lastFollowUpAt, String answer, Instant answeredAt, Instant updatedAt) {
}
