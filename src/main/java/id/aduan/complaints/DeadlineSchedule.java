package id.aduan.complaints;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import id.aduan.calendar.WorkingCalendar;
import id.aduan.catalog.ServiceLevel;

/**
 * A complaint's deadlines and response times, derived from its timeline: nothing here is entered by
 * hand, so it is the same whoever computes it and can be computed again when the calendar changes.
 * <ul>
 * <li>The clock starts on the working day the complaint arrived, or the next one when it arrived
 * outside office hours ({@link WorkingCalendar#startDay}).</li>
 * <li>Verification (and forwarding) is due {@code verifyDays} working days after the start, or after a
 * reopening or a unit's handing back; follow-up is due {@code followUpDays} after routing; the first
 * answer {@code resolveDays} after the start.</li>
 * <li>Time on hold waiting for the complainant pauses the clock: the working days between holding and
 * resuming move the deadlines and are not counted in the response times.</li>
 * <li>After an answer the complaint closes by itself {@code autoCloseDays} working days later unless
 * the complainant disputes it.</li>
 * </ul>
 * Response times are working days elapsed, so an answer on the day the clock started took 0 days
 * ("ditanggapi pada waktu yang sama"). A rejection with its reason is the office's response too.
 */
public record DeadlineSchedule(LocalDate clockStart, LocalDate verifyDue, LocalDate followUpDue,
		LocalDate resolveDue, LocalDate autoCloseDue, Stage stage, LocalDate currentDue, int pausedDays,
		Integer firstAnswerDays, Integer closureDays) {

	/** What the complaint waits for now. */
	public enum Stage {

		/** The coordinator must verify and route it (or answer it directly). */
		VERIFICATION,
		/** The unit must follow it up and answer. */
		FOLLOW_UP,
		/** Answered; the complainant may dispute until the complaint closes by itself. */
		AWAITING_COMPLAINANT,
		/** On hold: the clock is stopped. */
		ON_HOLD,
		/** Nothing more to do. */
		DONE
	}

	/** Where a deadline stands at a given moment. */
	public enum State {
		NONE, PAUSED, ON_TRACK, DUE_TODAY, OVERDUE
	}

	static DeadlineSchedule derive(ServiceLevel level, Instant receivedAt, ComplaintStatus status,
			List<TimelineEntry> timeline, WorkingCalendar calendar) {
		LocalDate start = calendar.startDay(receivedAt);
		LocalDate verifyStart = start;
		LocalDate routeDay = null;
		LocalDate holdDay = null;
		LocalDate lastAnswerDay = null;
		int paused = 0;
		int pausedInVerification = 0;
		int pausedInFollowUp = 0;
		Integer firstAnswer = null;
		Integer closure = null;
		for (TimelineEntry entry : timeline) {
			switch (entry.kind()) {
				case HELD -> holdDay = calendar.workDay(entry.occurredAt());
				case RESUMED -> {
					if (holdDay != null) {
						int days = Math.max(0, calendar.workingDaysBetween(holdDay, calendar.workDay(entry.occurredAt())));
						paused += days;
						if (routeDay == null) {
							pausedInVerification += days;
						}
						else {
							pausedInFollowUp += days;
						}
						holdDay = null;
					}
				}
				case ROUTED -> {
					routeDay = calendar.startDay(entry.occurredAt());
					pausedInFollowUp = 0;
				}
				case RETURNED, REOPENED, DISPUTED -> {
					verifyStart = calendar.startDay(entry.occurredAt());
					pausedInVerification = 0;
					routeDay = null;
					lastAnswerDay = null;
				}
				case ANSWERED -> {
					LocalDate day = calendar.workDay(entry.occurredAt());
					if (firstAnswer == null) {
						firstAnswer = Math.max(0, calendar.workingDaysBetween(start, day) - paused);
					}
					lastAnswerDay = day;
				}
				case REJECTED -> {
					if (firstAnswer == null) {
						firstAnswer = Math.max(0,
								calendar.workingDaysBetween(start, calendar.workDay(entry.occurredAt())) - paused);
					}
				}
				case CLOSED, AUTO_CLOSED -> closure = Math.max(0,
						calendar.workingDaysBetween(start, calendar.workDay(entry.occurredAt())) - paused);
				default -> {
				}
			}
		}
		LocalDate verifyDue = calendar.addWorkingDays(verifyStart, level.verifyDays() + pausedInVerification);
		LocalDate followUpDue = routeDay == null ? null
				: calendar.addWorkingDays(routeDay, level.followUpDays() + pausedInFollowUp);
		LocalDate resolveDue = calendar.addWorkingDays(start, level.resolveDays() + paused);
		LocalDate autoCloseDue = status == ComplaintStatus.ANSWERED && lastAnswerDay != null
				? calendar.addWorkingDays(lastAnswerDay, level.autoCloseDays()) : null;
		Stage stage = stageOf(status);
		LocalDate currentDue = switch (stage) {
			case VERIFICATION -> verifyDue;
			case FOLLOW_UP -> followUpDue;
			default -> null;
		};
		return new DeadlineSchedule(start, verifyDue, followUpDue, resolveDue, autoCloseDue, stage, currentDue, paused,
				firstAnswer, closure);
	}

	private static Stage stageOf(ComplaintStatus status) {
		return switch (status) {
			case RECEIVED, VERIFIED, REOPENED -> Stage.VERIFICATION;
			case ROUTED, IN_FOLLOW_UP -> Stage.FOLLOW_UP;
			case ANSWERED -> Stage.AWAITING_COMPLAINANT;
			case ON_HOLD -> Stage.ON_HOLD;
			default -> Stage.DONE;
		};
	}

	/** Whether the staff's current deadline has passed at {@code now}, is today, or lies ahead. */
	public State state(Instant now, WorkingCalendar calendar) {
		if (stage == Stage.ON_HOLD) {
			return State.PAUSED;
		}
		if (currentDue == null) {
			return State.NONE;
		}
		if (now.isAfter(calendar.closingTime(currentDue))) {
			return State.OVERDUE;
		}
		return calendar.today(now).equals(currentDue) ? State.DUE_TODAY : State.ON_TRACK;
	}

	/** Working days past the current deadline at {@code now}; 0 when it has not passed. */
	public int overdueDays(Instant now, WorkingCalendar calendar) {
		if (state(now, calendar) != State.OVERDUE) {
			return 0;
		}
		return Math.max(0, calendar.workingDaysBetween(currentDue, calendar.workDay(now)));
	}

	/** Working days left until the current deadline at {@code now}. */
	public int daysLeft(Instant now, WorkingCalendar calendar) {
		return currentDue == null ? 0 : Math.max(0, calendar.workingDaysBetween(calendar.today(now), currentDue));
	}
}
