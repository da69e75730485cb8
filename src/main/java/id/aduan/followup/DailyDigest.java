package id.aduan.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.accounts.AccountManagement;
import id.aduan.accounts.Role;
import id.aduan.accounts.StaffAccount;
import id.aduan.calendar.Calendars;
import id.aduan.calendar.WorkingCalendar;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.WorkUnit;
import id.aduan.catalog.WorkUnitTree;
import id.aduan.complaints.ComplaintQueries;
import id.aduan.complaints.DeadlineSchedule;
import id.aduan.complaints.OpenDeadline;

/**
 * Every working morning, each unit officer gets the list of open complaints of their units with
 * their deadlines, overdue ones first. Nothing is sent to an officer with nothing open.
 */
@Component
class DailyDigest {

	private final AccountManagement accounts;

	private final ComplaintQueries complaints;

	private final Calendars calendars;

	private final Catalog catalog;

	private final Outbox outbox;

	private final NoticeValues values;

	private final FollowUpSettings settings;

	private final Clock clock;

	DailyDigest(AccountManagement accounts, ComplaintQueries complaints, Calendars calendars, Catalog catalog,
			Outbox outbox, NoticeValues values, FollowUpSettings settings, Clock clock) {
		this.accounts = accounts;
		this.complaints = complaints;
		this.calendars = calendars;
		this.catalog = catalog;
		this.outbox = outbox;
		this.values = values;
		this.settings = settings;
		this.clock = clock;
	}

	/** Queues today's digests if it is a working day and the digest time has come; returns how many. */
	@Transactional
	int send() {
		WorkingCalendar calendar = calendars.current();
		Instant now = clock.instant();
		LocalDate today = calendar.today(now);
		if (!calendar.isWorkingDay(today) || now.atZone(calendar.zone()).toLocalTime().isBefore(settings.digestAt())) {
			return 0;
		}
		WorkUnitTree tree = catalog.unitTree();
		int queued = 0;
		for (StaffAccount officer : accounts.activeWithRole(Role.UNIT_OFFICER)) {
			if (officer.email() == null || officer.unitId() == null) {
				continue;
			}
			List<OpenDeadline> open = complaints.openIn(tree.subtreeOf(officer.unitId()));
			if (open.isEmpty()) {
				continue;
			}
			long overdue = open.stream().filter(d -> now.isAfter(calendar.closingTime(d.due()))).count();
			Map<String, String> fill = new HashMap<>(values.office());
			fill.put("nama", officer.displayName());
			fill.put("unit", tree.find(officer.unitId()).map(WorkUnit::name).orElse("-"));
			fill.put("waktu", NoticeValues.date(today));
			fill.put("jumlah", String.valueOf(open.size()));
			fill.put("terlambat", String.valueOf(overdue));
			fill.put("daftar", list(open, calendar, now));
			if (outbox.queue("digest:" + today + ":" + officer.id(), NotificationKind.DIGEST, null, officer.email(),
					fill)) {
				queued++;
			}
		}
		return queued;
	}

	private String list(List<OpenDeadline> open, WorkingCalendar calendar, Instant now) {
		StringBuilder lines = new StringBuilder();
		for (OpenDeadline deadline : open) {
			boolean late = now.isAfter(calendar.closingTime(deadline.due()));
			lines.append(late ? "[TERLAMBAT] " : "")
				.append(deadline.trackingCode())
				.append(" — ")
				.append(deadline.title())
				.append(" — ")
				.append(deadline.stage() == DeadlineSchedule.Stage.FOLLOW_UP ? "tindak lanjut" : "verifikasi")
				.append(" s.d. ")
				.append(NoticeValues.date(deadline.due()))
				.append(" — ")
				.append(settings.link("/staf/pengaduan/" + deadline.id()))
				.append('\n');
		}
		return lines.toString().strip();
	}
}
