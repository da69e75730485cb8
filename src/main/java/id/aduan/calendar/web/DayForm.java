package id.aduan.calendar.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import id.aduan.calendar.CalendarDay;
import id.aduan.calendar.CalendarEditing.DayDraft;
import id.aduan.calendar.DayKind;

/** The administrator's form for a holiday or collective-leave date. */
public class DayForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	private String name;

	private DayKind kind = DayKind.REGIONAL_HOLIDAY;

	private String decree;

	private boolean provisional;

	static DayForm of(CalendarDay day) {
		DayForm form = new DayForm();
		form.date = day.date();
		form.name = day.name();
		form.kind = day.kind();
		form.decree = day.decree();
		form.provisional = day.provisional();
		return form;
	}

	DayDraft toDraft() {
		return new DayDraft(date, name, kind, decree, provisional);
	}

	public LocalDate getDate() {
		return date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public DayKind getKind() {
		return kind;
	}

	public void setKind(DayKind kind) {
		this.kind = kind;
	}

	public String getDecree() {
		return decree;
	}

	public void setDecree(String decree) {
		this.decree = decree;
	}

	public boolean isProvisional() {
		return provisional;
	}

	public void setProvisional(boolean provisional) {
		this.provisional = provisional;
	}
}
