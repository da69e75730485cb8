package id.aduan.recaps;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One work unit's recap of one month. {@code returnedOn} is the office day it reached the coordinator
 * (submitted, or approved when approval is required): the day its deadline is judged by.
 * {@code aduanTotal} and {@code outsideTotal} are what it stated when submitted. {@code submittedOnBehalf}:
 * the coordinator submitted it for a unit that has no officer account.
 */
public record MonthlyRecap(long id, long unitId, YearMonth month, RecapState state, Instant submittedAt,
		String submittedBy, LocalDate returnedOn, Instant approvedAt, String approvedBy, String sentBackNote,
		Integer aduanTotal, Integer outsideTotal, int version, boolean submittedOnBehalf) {

	public boolean isDraft() {
		return state == RecapState.DRAFT;
	}

	public boolean isSubmitted() {
		return state == RecapState.SUBMITTED;
	}
}
