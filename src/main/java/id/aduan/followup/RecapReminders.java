package id.aduan.followup;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.calendar.Calendars;
import id.aduan.calendar.WorkingCalendar;
import id.aduan.catalog.WorkUnit;
import id.aduan.language.IndonesianDates;
import id.aduan.recaps.RecapBoard;

/**
 * Reminders of last month's recap: to each unit that has not returned it (its own officers, who alone
 * submit it, and its mailbox), from the 1st (the recap can be submitted), on the working day before its
 * due date, and once more after the due date, that it is late; after the due date, to the coordinators
 * too, naming every unit that missed it. Each is keyed by month, unit (or not) and recipient, so it goes out once
 * however often the job runs; a unit that has returned its recap hears nothing more.
 */
@Component
class RecapReminders {

	private final RecapBoard board;

	private final Calendars calendars;

	private final Outbox outbox;

	private final NoticeValues values;

	private final Recipients recipients;

	private final FollowUpSettings settings;

	RecapReminders(RecapBoard board, Calendars calendars, Outbox outbox, NoticeValues values, Recipients recipients,
			FollowUpSettings settings) {
		this.board = board;
		this.calendars = calendars;
		this.outbox = outbox;
		this.values = values;
		this.recipients = recipients;
		this.settings = settings;
	}

	@Transactional
	int remind() {
		LocalDate today = board.today();
		YearMonth month = YearMonth.from(today).minusMonths(1);
		List<WorkUnit> notReturned = board.notReturned(month);
		if (notReturned.isEmpty()) {
			return 0;
		}
		LocalDate due = board.dueOn(month);
		LocalDate dayBefore = workingDayBefore(due);
		String monthName = IndonesianDates.monthName(month.getMonth()) + " " + month.getYear();
		Map<String, String> common = values.office();
		common.put("bulan", monthName);
		common.put("batas", NoticeValues.date(due));
		int queued = 0;
		NotificationKind kind = today.isAfter(due) ? NotificationKind.RECAP_OVERDUE
				: today.isBefore(dayBefore) ? NotificationKind.RECAP_OPEN : NotificationKind.RECAP_DUE_SOON;
		for (WorkUnit unit : notReturned) {
			for (Map.Entry<String, Recipients.Recipient> to : recipients.unitItself(unit.id()).entrySet()) {
				Map<String, String> fill = new HashMap<>(common);
				fill.put("nama", to.getValue().name());
				fill.put("unit", unit.name());
				fill.put("tautanStaf", settings.link("/staf/rekap/" + unit.code() + "/" + month));
				String key = kind.name().toLowerCase() + ":" + month + ":" + unit.id() + ":" + to.getKey();
				if (outbox.queue(key, kind, null, to.getValue().email(), fill)) {
					queued++;
				}
			}
		}
		if (!today.isAfter(due)) {
			return queued;
		}
		String list = notReturned.stream().map(unit -> "- " + unit.name()).collect(Collectors.joining("\n"));
		for (Map.Entry<String, Recipients.Recipient> to : recipients.coordinators().entrySet()) {
			Map<String, String> fill = new HashMap<>(common);
			fill.put("nama", to.getValue().name());
			fill.put("jumlah", String.valueOf(notReturned.size()));
			fill.put("daftar", list);
			fill.put("tautanStaf", settings.link("/staf/rekap/bulan/" + month));
			String key = "recap_missing:" + month + ":" + to.getKey();
			if (outbox.queue(key, NotificationKind.RECAP_MISSING, null, to.getValue().email(), fill)) {
				queued++;
			}
		}
		return queued;
	}

	private LocalDate workingDayBefore(LocalDate date) {
		WorkingCalendar calendar = calendars.current();
		LocalDate day = date.minusDays(1);
		for (int i = 0; i < 60 && !calendar.isWorkingDay(day); i++) {
			day = day.minusDays(1);
		}
		return day;
	}
}
