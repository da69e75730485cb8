package id.aduan.opendata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The figures the office publishes for a period: complaints received ({@code total}, as the official report
 * counts them: duplicates and those forwarded as not the office's authority apart), by month, channel,
 * category and work unit; how many were answered, answered within the deadline ({@code deadlineWorkingDays}
 * of the office's general service-level rule), and are still open; the median working days to the first
 * response; the complainants' average rating and how many rated. Counts only: nothing that names a person
 * or tells what a complaint says.
 */
public record PublicFigures(LocalDate from, LocalDate to, long total, List<Count> byMonth, List<Count> byChannel,
		List<Count> byCategory, List<Count> byUnit, long answered, long answeredWithinDeadline,
		int deadlineWorkingDays, long stillOpen, BigDecimal medianResponseWorkingDays, BigDecimal averageRating,
		long ratings) {

	/** One line of a breakdown: the item's stable code, its name, and how many complaints. */
	public record Count(String code, String label, long count) {
	}
}
