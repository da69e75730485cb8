package id.aduan.recaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

/**
 * How a recap stands against its due date, as the board shows it. June 2026's recap is due on Monday
 * 6 July (the 5th is a Sunday); "late" counts calendar days after the due date.
 */
class RecapStandingTest {

	static final YearMonth JUNE = YearMonth.of(2026, 6);

	static final LocalDate DUE = LocalDate.of(2026, 7, 6);

	@Test
	void returnedOnTheDueDateIsOnTime() {
		RecapStanding standing = RecapStanding.of(JUNE, 1, true, false, DUE, returnedOn(DUE), LocalDate.of(2026, 7, 20));
		assertThat(standing.kind()).isEqualTo(RecapStanding.Kind.ON_TIME);
		assertThat(standing.daysLate()).isZero();
		assertThat(standing.returned()).isTrue();
	}

	@Test
	void returnedAfterTheDueDateIsLateByCalendarDays() {
		RecapStanding standing = RecapStanding.of(JUNE, 1, true, false, DUE, returnedOn(LocalDate.of(2026, 7, 9)),
				LocalDate.of(2026, 7, 20));
		assertThat(standing.kind()).isEqualTo(RecapStanding.Kind.LATE);
		assertThat(standing.daysLate()).isEqualTo(3);
	}

	@Test
	void notReturnedIsNotYetDueUntilTheEndOfTheDueDateAndMissingAfter() {
		assertThat(RecapStanding.of(JUNE, 1, true, false, DUE, null, DUE).kind()).isEqualTo(RecapStanding.Kind.NOT_YET_DUE);
		RecapStanding missing = RecapStanding.of(JUNE, 1, true, false, DUE, draft(), LocalDate.of(2026, 7, 10));
		assertThat(missing.kind()).isEqualTo(RecapStanding.Kind.MISSING);
		assertThat(missing.daysLate()).isEqualTo(4);
	}

	@Test
	void aRecapAwaitingItsHeadsApprovalHasNotBeenReturned() {
		MonthlyRecap awaiting = new MonthlyRecap(1, 1, JUNE, RecapState.AWAITING_APPROVAL,
				Instant.parse("2026-07-02T01:00:00Z"), "Petugas", null, null, null, null, 2, 0, 1, false);
		assertThat(RecapStanding.of(JUNE, 1, true, false, DUE, awaiting, LocalDate.of(2026, 7, 7)).kind())
			.isEqualTo(RecapStanding.Kind.MISSING);
	}

	@Test
	void aMonthBeforeTheFirstOneOwedIsNotOwedWhateverHappened() {
		assertThat(RecapStanding.of(JUNE, 1, false, false, DUE, null, LocalDate.of(2027, 1, 1)).kind())
			.isEqualTo(RecapStanding.Kind.NOT_OWED);
	}

	@Test
	void aRecapOfAMonthDueBeforeAduanWasInstalledIsHistoryNeverLateHoweverLongAfterItCame() {
		RecapStanding backFilled = RecapStanding.of(JUNE, 1, true, true, DUE, returnedOn(LocalDate.of(2030, 3, 4)),
				LocalDate.of(2030, 3, 4));
		assertThat(backFilled.kind()).isEqualTo(RecapStanding.Kind.HISTORY);
		assertThat(backFilled.daysLate()).isZero();
		assertThat(backFilled.returned()).isTrue();
		assertThat(RecapStanding.of(JUNE, 1, false, false, DUE, returnedOn(LocalDate.of(2030, 3, 4)),
				LocalDate.of(2030, 3, 4)).kind()).as("returned for a month not owed").isEqualTo(RecapStanding.Kind.HISTORY);
	}

	@Test
	void anOwedMonthDueBeforeAduanWasInstalledIsOutstandingWithoutACountOfDays() {
		RecapStanding outstanding = RecapStanding.of(JUNE, 1, true, true, DUE, draft(), LocalDate.of(2030, 1, 1));
		assertThat(outstanding.kind()).isEqualTo(RecapStanding.Kind.OUTSTANDING);
		assertThat(outstanding.daysLate()).isZero();
	}

	private static MonthlyRecap returnedOn(LocalDate day) {
		return new MonthlyRecap(1, 1, JUNE, RecapState.SUBMITTED, Instant.parse("2026-07-01T01:00:00Z"), "Petugas", day,
				null, null, null, 2, 0, 1, false);
	}

	private static MonthlyRecap draft() {
		return new MonthlyRecap(1, 1, JUNE, RecapState.DRAFT, null, null, null, null, null, null, null, null, 0, false);
	}
}
