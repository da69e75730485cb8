package id.aduan.recaps.web;

import java.time.YearMonth;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.aduan.accounts.Role;
import id.aduan.accounts.StaffPrincipal;
import id.aduan.language.IndonesianDates;
import id.aduan.recaps.MonthClosing;
import id.aduan.recaps.RecapBoard;
import id.aduan.recaps.RecapCycle;
import id.aduan.system.ActionRefused;
import id.aduan.system.InvalidInput;
import id.aduan.system.NotFound;

/**
 * The recap board (unit × month) and a month's consolidation: the coordinator closes the month and
 * corrects it with a new revision; the head of office reads; unit officers see their own unit's row.
 */
@Controller
class BoardController {

	private final RecapBoard board;

	private final MonthClosing closing;

	private final RecapCycle cycle;

	BoardController(RecapBoard board, MonthClosing closing, RecapCycle cycle) {
		this.board = board;
		this.closing = closing;
		this.cycle = cycle;
	}

	@GetMapping("/staf/rekap")
	String board(@AuthenticationPrincipal StaffPrincipal staff, @RequestParam(name = "tahun", required = false) Integer year,
			Model model) {
		if (staff.role() == Role.HELPDESK) {
			throw new ActionRefused(ActionRefused.Reason.ROLE, "recap.board.role");
		}
		int shown = year == null ? board.today().getYear() : year;
		if (shown < 2000 || shown > board.today().getYear()) {
			throw new NotFound("recap.notFound");
		}
		model.addAttribute("board", board.board(shown, staff.actor()));
		model.addAttribute("mayOpenMonths", staff.role() == Role.COORDINATOR || staff.role() == Role.HEAD);
		RecapCycle.Current current = cycle.current();
		model.addAttribute("dueDay", current.dueDay());
		model.addAttribute("cycle", current);
		model.addAttribute("firstMonthLabel", label(current.firstMonth()));
		model.addAttribute("isAdmin", staff.role() == Role.ADMIN);
		return "recaps/board";
	}

	@GetMapping("/staf/rekap/bulan/{month}")
	String month(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String month, Model model) {
		return monthPage(staff, RecapPages.month(month), new NoteForm(), model);
	}

	/** Closes the month once the coordinator has confirmed, on the page, what gets frozen. */
	@PostMapping("/staf/rekap/bulan/{month}/tutup")
	String close(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String month,
			@ModelAttribute("closeForm") CloseForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		YearMonth period = RecapPages.month(month);
		if (!form.isConfirmed()) {
			if (staff.role() != Role.COORDINATOR) {
				throw new ActionRefused(ActionRefused.Reason.ROLE, "recap.close.role");
			}
			binding.rejectValue("confirmed", "recap.close.confirm.required");
			return monthPage(staff, period, new NoteForm(), model);
		}
		closing.close(period, staff.actor());
		redirect.addFlashAttribute("notice", "recap.month.closed");
		return "redirect:/staf/rekap/bulan/" + month;
	}

	@PostMapping("/staf/rekap/bulan/{month}/revisi")
	String revise(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String month,
			@ModelAttribute("noteForm") NoteForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		try {
			closing.revise(RecapPages.month(month), form.getNote(), staff.actor());
			redirect.addFlashAttribute("notice", "recap.month.revised");
			return "redirect:/staf/rekap/bulan/" + month;
		}
		catch (InvalidInput invalid) {
			invalid.applyTo(binding);
		}
		return monthPage(staff, RecapPages.month(month), form, model);
	}

	private String monthPage(StaffPrincipal staff, YearMonth month, NoteForm form, Model model) {
		if (staff.role() != Role.COORDINATOR && staff.role() != Role.HEAD) {
			throw new ActionRefused(ActionRefused.Reason.ROLE, "recap.month.role");
		}
		if (month.isAfter(YearMonth.from(board.today())) || month.getYear() < 2000) {
			throw new NotFound("recap.notFound");
		}
		RecapBoard.Board year = board.board(month.getYear(), staff.actor());
		int column = year.months().indexOf(month);
		model.addAttribute("month", month);
		model.addAttribute("monthLabel", label(month));
		model.addAttribute("rows", year.rows());
		model.addAttribute("column", column);
		model.addAttribute("dueOn", board.dueOn(month));
		model.addAttribute("revisions", closing.revisions(month));
		model.addAttribute("closed", closing.latest(month).orElse(null));
		model.addAttribute("over", board.today().isAfter(month.atEndOfMonth()));
		model.addAttribute("mayClose", staff.role() == Role.COORDINATOR);
		model.addAttribute("checklist", board.checklist(month, staff.actor()));
		model.addAttribute("approvalRequired", year.approvalRequired());
		model.addAttribute("noteForm", form);
		if (!model.containsAttribute("closeForm")) {
			model.addAttribute("closeForm", new CloseForm());
		}
		return "recaps/month";
	}

	private static String label(YearMonth month) {
		return IndonesianDates.monthName(month.getMonth()) + " " + month.getYear();
	}
}
