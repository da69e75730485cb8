package id.aduan.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;

import id.aduan.calendar.CalendarEditing.HoursDraft;
import id.aduan.calendar.WorkingCalendar;

/** Office hours for the seven days of the week, and whether collective leave is worked. */
public class HoursForm {

	/** One weekday's row. */
	public static class Day {

		private DayOfWeek day;

		@DateTimeFormat(pattern = "HH:mm")
		private LocalTime opens;

		@DateTimeFormat(pattern = "HH:mm")
		private LocalTime closes;

		public DayOfWeek getDay() {
			return day;
		}

		public void setDay(DayOfWeek day) {
			this.day = day;
		}

		public LocalTime getOpens() {
			return opens;
		}

		public void setOpens(LocalTime opens) {
			this.opens = opens;
		}

		public LocalTime getCloses() {
			return closes;
		}

		public void setCloses(LocalTime closes) {
			this.closes = closes;
		}
	}

	private List<Day> days = new ArrayList<>();

	private boolean collectiveLeaveIsWorking;

	static HoursForm of(WorkingCalendar calendar) {
		HoursForm form = new HoursForm();
		for (DayOfWeek weekday : DayOfWeek.values()) {
			Day day = new Day();
			day.day = weekday;
			calendar.hours().on(weekday).ifPresent(hours -> {
				day.opens = hours.opens();
				day.closes = hours.closes();
			});
			form.days.add(day);
		}
		form.collectiveLeaveIsWorking = calendar.collectiveLeaveIsWorking();
		return form;
	}

	Map<DayOfWeek, HoursDraft> toDrafts() {
		Map<DayOfWeek, HoursDraft> drafts = new EnumMap<>(DayOfWeek.class);
		for (Day day : days) {
			if (day.day != null) {
				drafts.put(day.day, new HoursDraft(day.opens, day.closes));
			}
		}
		return drafts;
	}

	public List<Day> getDays() {
		return days;
	}

	public void setDays(List<Day> days) {
		this.days = days;
	}

	public boolean isCollectiveLeaveIsWorking() {
		return collectiveLeaveIsWorking;
	}

	public void setCollectiveLeaveIsWorking(boolean collectiveLeaveIsWorking) {
		this.collectiveLeaveIsWorking = collectiveLeaveIsWorking;
	}
}
