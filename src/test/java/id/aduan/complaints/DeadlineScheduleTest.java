package id.aduan.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.aduan.accounts.Actor;
import id.aduan.accounts.Role;
import id.aduan.calendar.CalendarDay;
import id.aduan.calendar.DayKind;
import id.aduan.calendar.OfficeHours;
import id.aduan.calendar.WorkingCalendar;
import id.aduan.catalog.ServiceLevel;

/**
 * Deadlines and response times derived from a complaint's history. The calendar: WIT, Monday to
 * Thursday 08:00–16:00, Friday until 11:30, and Wednesday 11 March 2026 a holiday.
 */
class DeadlineScheduleTest {

	static final ZoneId WIT = ZoneId.of("Asia/Jayapura");

	final WorkingCalendar calendar = new WorkingCalendar(
			List.of(new CalendarDay(LocalDate.of(2026, 3, 11), "Libur", DayKind.NATIONAL_HOLIDAY, "SKB", false)),
			OfficeHours.standard(), false, WIT);

	final ServiceLevel sp4n = new ServiceLevel(1L, "Standar", 3, 5, 14, 10);

	final Handler coordinator = new Handler(new Actor(1L, "Koordinator", Role.COORDINATOR, null), Set.of());

	final Handler officer = new Handler(new Actor(2L, "Petugas", Role.UNIT_OFFICER, 7L), Set.of(7L));

	@Test
	void anAnswerOnTheDayTheClockStartedTookNoWorkingDay() {
		Complaint complaint = receivedAt("2026-03-02T09:00");
		complaint.verify(classified(), null, coordinator, at("2026-03-02T10:00"));
		complaint.answer("Sudah dijawab", coordinator, at("2026-03-02T14:00"));

		assertThat(plan(complaint).firstAnswerDays()).isZero();
	}

	@Test
	void theMainPathHasItsDeadlinesAndResponseTime() {
		Complaint complaint = receivedAt("2026-03-02T09:00");
		DeadlineSchedule received = plan(complaint);
		assertThat(received.clockStart()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(received.verifyDue()).as("Mon + 3").isEqualTo(LocalDate.of(2026, 3, 5));
		assertThat(received.resolveDue()).isEqualTo(calendar.addWorkingDays(LocalDate.of(2026, 3, 2), 14));
		assertThat(received.stage()).isEqualTo(DeadlineSchedule.Stage.VERIFICATION);
		assertThat(received.currentDue()).isEqualTo(received.verifyDue());

		complaint.verify(classified(), null, coordinator, at("2026-03-03T10:00"));
		complaint.routeTo(7L, "Unit", null, coordinator, at("2026-03-03T10:05"));
		DeadlineSchedule routed = plan(complaint);
		assertThat(routed.stage()).isEqualTo(DeadlineSchedule.Stage.FOLLOW_UP);
		assertThat(routed.followUpDue()).as("Tue + 5: Wed, Thu, Fri, Mon, Tue").isEqualTo(LocalDate.of(2026, 3, 10));

		complaint.answer("Sudah ditangani", officer, at("2026-03-09T09:00"));
		DeadlineSchedule answered = plan(complaint);
		assertThat(answered.firstAnswerDays()).as("Tue, Wed, Thu, Fri, Mon").isEqualTo(5);
		assertThat(answered.stage()).isEqualTo(DeadlineSchedule.Stage.AWAITING_COMPLAINANT);
		assertThat(answered.currentDue()).isNull();
		assertThat(answered.autoCloseDue()).isEqualTo(calendar.addWorkingDays(LocalDate.of(2026, 3, 9), 10));

		complaint.close(null, coordinator, at("2026-03-10T08:30"));
		DeadlineSchedule closed = plan(complaint);
		assertThat(closed.closureDays()).isEqualTo(6);
		assertThat(closed.stage()).isEqualTo(DeadlineSchedule.Stage.DONE);
		assertThat(closed.autoCloseDue()).isNull();
	}

	@Test
	void aComplaintReceivedAfterFridaysShortDayStartsOnMonday() {
		Complaint complaint = receivedAt("2026-03-06T13:00");
		complaint.verify(classified(), null, coordinator, at("2026-03-09T08:10"));
		complaint.answer("Dijawab Senin pagi", coordinator, at("2026-03-09T09:00"));

		DeadlineSchedule plan = plan(complaint);
		assertThat(plan.clockStart()).isEqualTo(LocalDate.of(2026, 3, 9));
		assertThat(plan.verifyDue()).as("Mon + 3, Wednesday off").isEqualTo(LocalDate.of(2026, 3, 13));
		assertThat(plan.firstAnswerDays()).isZero();
	}

	@Test
	void timeOnHoldStopsTheClockAndMovesTheDeadline() {
		Complaint complaint = receivedAt("2026-03-02T09:00");
		complaint.verify(classified(), null, coordinator, at("2026-03-02T10:00"));
		complaint.routeTo(7L, "Unit", null, coordinator, at("2026-03-02T10:05"));
		LocalDate dueBefore = plan(complaint).followUpDue();

		complaint.hold("Menunggu dokumen dari pengadu", officer, at("2026-03-03T09:00"));
		DeadlineSchedule held = plan(complaint);
		assertThat(held.stage()).isEqualTo(DeadlineSchedule.Stage.ON_HOLD);
		assertThat(held.state(at("2026-03-30T09:00"), calendar)).isEqualTo(DeadlineSchedule.State.PAUSED);

		complaint.resume("Dokumen diterima", officer, at("2026-03-09T09:00"));
		DeadlineSchedule resumed = plan(complaint);
		assertThat(resumed.pausedDays()).as("Wed, Thu, Fri, Mon").isEqualTo(4);
		assertThat(resumed.followUpDue()).isEqualTo(calendar.addWorkingDays(dueBefore, 4));
		assertThat(resumed.followUpDue()).as("the Wednesday holiday is skipped too").isEqualTo(LocalDate.of(2026, 3, 16));

		complaint.answer("Selesai", officer, at("2026-03-10T09:00"));
		assertThat(plan(complaint).firstAnswerDays()).as("6 working days to Tuesday, 4 of them on hold").isEqualTo(2);
	}

	@Test
	void aReopenedComplaintMustBeVerifiedAgainFromTheDayItWasReopened() {
		Complaint complaint = receivedAt("2026-03-02T09:00");
		complaint.verify(classified(), null, coordinator, at("2026-03-02T10:00"));
		complaint.answer("Jawaban pertama", coordinator, at("2026-03-02T11:00"));
		complaint.reopen("Pengadu menyatakan belum selesai", coordinator, at("2026-03-16T09:00"));

		DeadlineSchedule plan = plan(complaint);
		assertThat(plan.stage()).isEqualTo(DeadlineSchedule.Stage.VERIFICATION);
		assertThat(plan.verifyDue()).isEqualTo(LocalDate.of(2026, 3, 19));
		assertThat(plan.firstAnswerDays()).as("the first answer stays what it was").isZero();
	}

	@Test
	void aDeadlineIsDueTodayUntilClosingTimeAndOverdueAfter() {
		Complaint complaint = receivedAt("2026-03-02T09:00");
		DeadlineSchedule plan = plan(complaint);
		LocalDate due = plan.verifyDue();

		assertThat(due).isEqualTo(LocalDate.of(2026, 3, 5));
		assertThat(plan.state(at("2026-03-04T12:00"), calendar)).isEqualTo(DeadlineSchedule.State.ON_TRACK);
		assertThat(plan.daysLeft(at("2026-03-04T12:00"), calendar)).isEqualTo(1);
		assertThat(plan.state(at("2026-03-05T15:59"), calendar)).isEqualTo(DeadlineSchedule.State.DUE_TODAY);
		assertThat(plan.state(at("2026-03-05T16:01"), calendar)).as("Thursday closes at 16:00")
			.isEqualTo(DeadlineSchedule.State.OVERDUE);
		assertThat(plan.overdueDays(at("2026-03-05T16:01"), calendar)).as("late, but not yet a whole day").isZero();
		assertThat(plan.overdueDays(at("2026-03-10T09:00"), calendar)).as("Fri, Mon, Tue").isEqualTo(3);
	}

	@Test
	void sideExitsEndTheDeadlines() {
		Complaint complaint = receivedAt("2026-03-02T09:00");
		complaint.referTo("Dinas Kesehatan", null, coordinator, at("2026-03-02T10:00"));

		DeadlineSchedule plan = plan(complaint);
		assertThat(plan.stage()).isEqualTo(DeadlineSchedule.Stage.DONE);
		assertThat(plan.state(at("2026-04-30T10:00"), calendar)).isEqualTo(DeadlineSchedule.State.NONE);
	}

	private DeadlineSchedule plan(Complaint complaint) {
		complaint.plan(sp4n, calendar);
		return complaint.schedule();
	}

	private Classification classified() {
		return new Classification(1L, 1L, 1L, null);
	}

	private Complaint receivedAt(String local) {
		Complaint complaint = Complaint.register(
				NewComplaint.of(new Arrival(1L, at(local), null), Matter.of("Judul", "Uraian pengaduan yang cukup.")),
				TrackingCode.generate(new Random(3)), null, Actor.citizen(null), at(local));
		List<TimelineEntry> entries = complaint.takeUnsaved();
		complaint.markSaved(9L, 0, entries, entries.stream().map(entry -> 900L).toList());
		return complaint;
	}

	private static Instant at(String local) {
		return LocalDateTime.parse(local).atZone(WIT).toInstant();
	}
}
