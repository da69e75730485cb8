package id.aduan.recaps;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * How a unit's recap of a month stands against its due date, as the coordinator's board shows it: not
 * owed at all, not yet due, returned on time, returned late by some days, or missing (due date passed,
 * nothing returned). A month due before Aduan was installed has no due date Aduan can judge: its recap,
 * returned now, is history ({@code HISTORY}), and one not returned yet is outstanding without a count
 * of days ({@code OUTSTANDING}). A recap returned for a month that is not owed is history too. Derived
 * from the recap and today; never stored. {@code approvedBy}: the head of the unit who approved it, when
 * the office asks for approval.
 */
public record RecapStanding(YearMonth month, long unitId, Kind kind, LocalDate dueOn, LocalDate returnedOn,
		long daysLate, RecapState state, String approvedBy) {

	public enum Kind {
		NOT_OWED, NOT_YET_DUE, ON_TIME, LATE, MISSING, HISTORY, OUTSTANDING
	}

	/** Days are calendar days after the due date: "paling lambat tanggal 5" is a date, not a count of working days. */
	static RecapStanding of(YearMonth month, long unitId, boolean owed, boolean beforeAduan, LocalDate dueOn,
			MonthlyRecap recap, LocalDate today) {
		RecapState state = recap == null ? RecapState.DRAFT : recap.state();
		String approvedBy = recap == null ? null : recap.approvedBy();
		boolean submitted = recap != null && recap.isSubmitted();
		if (submitted && (!owed || beforeAduan)) {
			return new RecapStanding(month, unitId, Kind.HISTORY, dueOn, recap.returnedOn(), 0, state, approvedBy);
		}
		if (!owed) {
			return new RecapStanding(month, unitId, Kind.NOT_OWED, dueOn, null, 0, state, approvedBy);
		}
		if (beforeAduan) {
			return new RecapStanding(month, unitId, Kind.OUTSTANDING, dueOn, null, 0, state, approvedBy);
		}
		if (submitted) {
			long late = Math.max(0, ChronoUnit.DAYS.between(dueOn, recap.returnedOn()));
			return new RecapStanding(month, unitId, late == 0 ? Kind.ON_TIME : Kind.LATE, dueOn, recap.returnedOn(),
					late, state, approvedBy);
		}
		if (!today.isAfter(dueOn)) {
			return new RecapStanding(month, unitId, Kind.NOT_YET_DUE, dueOn, null, 0, state, approvedBy);
		}
		return new RecapStanding(month, unitId, Kind.MISSING, dueOn, null, ChronoUnit.DAYS.between(dueOn, today), state, approvedBy);
	}

	/** Waiting for the head of the unit's approval: submitted by the unit, not yet returned. */
	public boolean awaitingApproval() {
		return state == RecapState.AWAITING_APPROVAL;
	}

	public boolean returned() {
		return kind == Kind.ON_TIME || kind == Kind.LATE || kind == Kind.HISTORY;
	}
}
