package id.aduan.complaints;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.aduan.calendar.CalendarChanged;
import id.aduan.calendar.Calendars;
import id.aduan.calendar.WorkingCalendar;
import id.aduan.catalog.ServiceLevels;

/**
 * Gives a complaint its service level and deadlines: at registration, after every change, and for
 * every open complaint when the calendar changes. The rule is looked up for the complaint's current
 * classification among the rules in force on the day it arrived.
 */
@Component
class DeadlinePlanning {

	private static final Logger log = LoggerFactory.getLogger(DeadlinePlanning.class);

	private final ServiceLevels levels;

	private final Calendars calendars;

	private final Complaints complaints;

	DeadlinePlanning(ServiceLevels levels, Calendars calendars, Complaints complaints) {
		this.levels = levels;
		this.calendars = calendars;
		this.complaints = complaints;
	}

	void plan(Complaint complaint) {
		WorkingCalendar calendar = calendars.current();
		Classification c = complaint.classification();
		complaint.plan(levels.levelFor(c.reportTypeId(), c.categoryId(), c.serviceId(),
				complaint.receivedAt().atZone(calendar.zone()).toLocalDate()), calendar);
	}

	/** Same transaction as the calendar change: deadlines never disagree with the calendar they claim. */
	@EventListener
	void onCalendarChanged(CalendarChanged changed) {
		int count = 0;
		for (long id : complaints.openIds()) {
			complaints.byId(id).ifPresent(complaint -> {
				plan(complaint);
				complaints.savePlan(complaint);
			});
			count++;
		}
		log.info("Kalender berubah ({}): batas waktu {} pengaduan dihitung ulang", changed.what(), count);
	}
}
