package id.aduan.calendar.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.aduan.accounts.StaffPrincipal;
import id.aduan.calendar.CalendarDay;
import id.aduan.calendar.CalendarEditing;
import id.aduan.calendar.Calendars;
import id.aduan.calendar.DayKind;
import id.aduan.calendar.WorkingCalendar;
import id.aduan.system.InvalidInput;
import id.aduan.system.NotFound;

/** The administrator's calendar: a year's holidays and collective leave, office hours. */
@Controller
@RequestMapping("/admin/kalender")
class CalendarAdminController {

	private final Calendars calendars;

	private final CalendarEditing editing;

	private final Clock clock;

	CalendarAdminController(Calendars calendars, CalendarEditing editing, Clock clock) {
		this.calendars = calendars;
		this.editing = editing;
		this.clock = clock;
	}

	@GetMapping
	String year(@RequestParam(name = "tahun", required = false) Integer year, Model model) {
		WorkingCalendar calendar = calendars.current();
		int shown = year == null ? calendar.today(clock.instant()).getYear() : year;
		model.addAttribute("form", new DayForm());
		model.addAttribute("hoursForm", HoursForm.of(calendar));
		return page(shown, model);
	}

	@PostMapping("/hari")
	String add(@ModelAttribute("form") DayForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect) {
		int year = form.getDate() == null ? calendars.current().today(clock.instant()).getYear()
				: form.getDate().getYear();
		if (!binding.hasErrors()) {
			try {
				editing.addDay(form.toDraft(), staff.actor());
				redirect.addFlashAttribute("notice", "calendar.saved");
				return "redirect:/admin/kalender?tahun=" + year;
			}
			catch (InvalidInput invalid) {
				invalid.applyTo(binding);
			}
		}
		model.addAttribute("hoursForm", HoursForm.of(calendars.current()));
		return page(year, model);
	}

	@GetMapping("/hari/{date}")
	String editForm(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
		CalendarDay day = calendars.current()
			.entries(date.getYear())
			.stream()
			.filter(entry -> entry.date().equals(date))
			.findFirst()
			.orElseThrow(() -> new NotFound("calendar.day.unknown"));
		model.addAttribute("form", DayForm.of(day));
		model.addAttribute("kinds", DayKind.entered());
		return "calendar/day";
	}

	@PostMapping("/hari/{date}")
	String update(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@ModelAttribute("form") DayForm form, BindingResult binding, @AuthenticationPrincipal StaffPrincipal staff,
			Model model, RedirectAttributes redirect) {
		form.setDate(date);
		if (!binding.hasErrors()) {
			try {
				editing.updateDay(form.toDraft(), staff.actor());
				redirect.addFlashAttribute("notice", "calendar.saved");
				return "redirect:/admin/kalender?tahun=" + date.getYear();
			}
			catch (InvalidInput invalid) {
				invalid.applyTo(binding);
			}
		}
		model.addAttribute("kinds", DayKind.entered());
		return "calendar/day";
	}

	@PostMapping("/hari/{date}/hapus")
	String remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		editing.removeDay(date, staff.actor());
		redirect.addFlashAttribute("notice", "calendar.removed");
		return "redirect:/admin/kalender?tahun=" + date.getYear();
	}

	@PostMapping("/jam")
	String hours(@ModelAttribute("hoursForm") HoursForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				editing.saveHours(form.toDrafts(), form.isCollectiveLeaveIsWorking(), staff.actor());
				redirect.addFlashAttribute("notice", "calendar.saved");
				return "redirect:/admin/kalender";
			}
			catch (InvalidInput invalid) {
				invalid.applyTo(binding);
			}
		}
		model.addAttribute("form", new DayForm());
		return page(calendars.current().today(clock.instant()).getYear(), model);
	}

	private String page(int year, Model model) {
		WorkingCalendar calendar = calendars.current();
		model.addAttribute("year", year);
		model.addAttribute("entries", calendar.entries(year));
		model.addAttribute("workingDays",
				calendar.workingDaysIn(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
		model.addAttribute("kinds", DayKind.entered());
		return "calendar/admin";
	}
}
