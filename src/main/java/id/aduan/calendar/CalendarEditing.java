package id.aduan.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;

import jakarta.validation.constraints.NotNull;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.accounts.Actor;
import id.aduan.audit.AuditTrail;
import id.aduan.system.MaxLength;
import id.aduan.system.MessageKey;
import id.aduan.system.NotFound;
import id.aduan.system.PlainText;
import id.aduan.system.Problems;
import id.aduan.system.Required;

/**
 * The administrator's changes to the calendar: the SKB is amended during the year, and regional
 * holidays are the office's own. Every change is audited and makes open complaints' deadlines be
 * counted again ({@link CalendarChanged}).
 */
@Component
public class CalendarEditing {

	/** A dated entry as the administrator types it. */
	public record DayDraft(@NotNull(message = "{field.required}") LocalDate date,
			@Required @MaxLength(200) @PlainText String name, DayKind kind, @MaxLength(300) @PlainText String decree,
			boolean provisional) {
	}

	/** One weekday's hours as typed; both empty means closed. */
	public record HoursDraft(LocalTime opens, LocalTime closes) {
	}

	private final CalendarDays days;

	private final Calendars calendars;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CalendarEditing(CalendarDays days, Calendars calendars, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock) {
		this.days = days;
		this.calendars = calendars;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public void addDay(DayDraft draft, Actor by) {
		Problems problems = check(draft);
		problems.check(draft.date() == null || days.on(draft.date()).isEmpty(), "date", "calendar.day.exists",
				draft.date());
		problems.throwIfAny();
		days.add(tidy(draft), by.name(), clock.instant());
		changed(by, "CALENDAR_DAY_ADDED", draft.date() + " " + draft.name());
	}

	@Transactional
	public void updateDay(DayDraft draft, Actor by) {
		if (draft.date() == null || days.on(draft.date()).isEmpty()) {
			throw new NotFound("calendar.day.unknown");
		}
		check(draft).throwIfAny();
		days.update(tidy(draft), by.name(), clock.instant());
		changed(by, "CALENDAR_DAY_CHANGED", draft.date() + " " + draft.name());
	}

	@Transactional
	public void removeDay(LocalDate date, Actor by) {
		CalendarDay day = days.on(date).orElseThrow(() -> new NotFound("calendar.day.unknown"));
		days.remove(date);
		changed(by, "CALENDAR_DAY_REMOVED", date + " " + day.name());
	}

	@Transactional
	public void saveHours(Map<DayOfWeek, HoursDraft> drafts, boolean collectiveLeaveIsWorking, Actor by) {
		Problems problems = new Problems();
		Map<DayOfWeek, OfficeHours.Hours> hours = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			HoursDraft draft = drafts.getOrDefault(day, new HoursDraft(null, null));
			String field = "hours[" + day + "]";
			MessageKey dayName = new MessageKey("calendar.weekday." + day);
			if (draft.opens() == null && draft.closes() == null) {
				continue;
			}
			if (draft.opens() == null || draft.closes() == null) {
				problems.add(field, "calendar.hours.both", dayName);
			}
			else if (!draft.closes().isAfter(draft.opens())) {
				problems.add(field, "calendar.hours.order", dayName);
			}
			else {
				hours.put(day, new OfficeHours.Hours(draft.opens(), draft.closes()));
			}
		}
		problems.check(!problems.isEmpty() || !hours.isEmpty(), "hours", "calendar.hours.none");
		problems.throwIfAny();
		days.saveHours(new OfficeHours(hours));
		days.setCollectiveLeaveIsWorking(collectiveLeaveIsWorking);
		changed(by, "OFFICE_HOURS_CHANGED", hours + ", cuti bersama " + (collectiveLeaveIsWorking ? "kerja" : "libur"));
	}

	private Problems check(DayDraft draft) {
		Problems problems = new Problems().validate(draft);
		problems.check(draft.kind() != null && draft.kind() != DayKind.WEEKEND, "kind", "calendar.kind.required");
		return problems;
	}

	private static CalendarDay tidy(DayDraft draft) {
		return new CalendarDay(draft.date(), draft.name().trim(), draft.kind(), Problems.blankToNull(draft.decree()),
				draft.provisional());
	}

	private void changed(Actor by, String action, String detail) {
		audit.record(by.name(), action, "calendar", "office", detail);
		calendars.forget();
		events.publishEvent(new CalendarChanged(detail));
	}
}
