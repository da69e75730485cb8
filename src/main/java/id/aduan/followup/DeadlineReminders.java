package id.aduan.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.calendar.Calendars;
import id.aduan.calendar.WorkingCalendar;
import id.aduan.complaints.ComplaintFacts;
import id.aduan.complaints.ComplaintQueries;
import id.aduan.complaints.DeadlineSchedule;
import id.aduan.complaints.OpenDeadline;

/**
 * Before a deadline, a reminder to whoever must act (the coordinators for verification, the unit's
 * officers for follow-up); after it, a notice to the coordinators. Each also goes to the in-app notice
 * list ({@link StaffNotices}). Each reminder is keyed by complaint,
 * deadline and recipient, so it goes out once however often the job runs.
 */
@Component
class DeadlineReminders {

	private final ComplaintQueries complaints;

	private final Calendars calendars;

	private final Outbox outbox;

	private final NoticeValues values;

	private final Recipients recipients;

	private final FollowUpSettings settings;

	private final Clock clock;

	private final StaffNotices notices;

	DeadlineReminders(ComplaintQueries complaints, Calendars calendars, Outbox outbox, NoticeValues values,
			Recipients recipients, FollowUpSettings settings, Clock clock, StaffNotices notices) {
		this.notices = notices;
		this.complaints = complaints;
		this.calendars = calendars;
		this.outbox = outbox;
		this.values = values;
		this.recipients = recipients;
		this.settings = settings;
		this.clock = clock;
	}

	/** Queues every reminder and overdue notice now due; returns how many were queued. */
	@Transactional
	int remind() {
		WorkingCalendar calendar = calendars.current();
		Instant now = clock.instant();
		LocalDate horizon = calendar.addWorkingDays(calendar.today(now), settings.remindDaysBefore());
		int queued = 0;
		for (OpenDeadline deadline : complaints.deadlinesUntil(horizon)) {
			ComplaintFacts complaint = complaints.facts(deadline.id()).orElse(null);
			if (complaint == null) {
				continue;
			}
			boolean overdue = now.isAfter(calendar.closingTime(deadline.due()));
			Map<String, Recipients.Recipient> to;
			NotificationKind kind;
			if (overdue) {
				to = recipients.coordinators();
				kind = NotificationKind.OVERDUE;
			}
			else if (deadline.stage() == DeadlineSchedule.Stage.FOLLOW_UP && deadline.unitId() != null) {
				to = recipients.unit(deadline.unitId());
				kind = NotificationKind.REMIND_FOLLOW_UP;
			}
			else {
				to = recipients.coordinators();
				kind = NotificationKind.REMIND_VERIFY;
			}
			notices.deadline(complaint, overdue, deadline.stage() + ":" + deadline.id() + ":" + deadline.due());
			Map<String, String> fill = values.of(complaint);
			fill.put("batas", NoticeValues.date(deadline.due()));
			fill.put("tahap", deadline.stage() == DeadlineSchedule.Stage.FOLLOW_UP ? "tindak lanjut" : "verifikasi");
			for (Map.Entry<String, Recipients.Recipient> recipient : to.entrySet()) {
				Map<String, String> own = new HashMap<>(fill);
				own.put("nama", recipient.getValue().name());
				String key = kind.name().toLowerCase() + ":" + deadline.stage() + ":" + deadline.id() + ":"
						+ deadline.due() + ":" + recipient.getKey();
				if (outbox.queue(key, kind, deadline.id(), recipient.getValue().email(), own)) {
					queued++;
				}
			}
		}
		return queued;
	}
}
