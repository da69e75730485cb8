package id.aduan.recaps;

import java.time.Instant;
import java.time.YearMonth;

/**
 * One freezing of a month's figures: revision 1 when the coordinator closed it, each later one a
 * correction, with who made it, when, why, and the office's total it froze.
 */
public record Revision(YearMonth month, int revision, Instant madeAt, String madeBy, String reason, long total) {

	public boolean isCorrection() {
		return revision > 1;
	}
}
