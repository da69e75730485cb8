package id.aduan.coaching.web;

import java.time.Clock;
import java.time.LocalDate;

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
import id.aduan.catalog.Catalog;
import id.aduan.coaching.SessionKind;
import id.aduan.coaching.SessionPlanning;
import id.aduan.coaching.SessionQueries;
import id.aduan.system.ActionRefused;
import id.aduan.system.InvalidInput;

/** The list of sessions of a year, and the coordinator's form to record or change a session. */
@Controller
@RequestMapping("/staf/pembinaan")
class SessionsController {

	private final SessionQueries queries;

	private final SessionPlanning planning;

	private final Catalog catalog;

	private final Clock clock;

	SessionsController(SessionQueries queries, SessionPlanning planning, Catalog catalog, Clock clock) {
		this.queries = queries;
		this.planning = planning;
		this.catalog = catalog;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(name = "tahun", required = false) Integer year,
			@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		int thisYear = LocalDate.now(clock.withZone(catalog.office().zone())).getYear();
		int shown = year == null || year < 2000 || year > thisYear + 1 ? thisYear : year;
		model.addAttribute("year", shown);
		model.addAttribute("sessions", queries.held(shown, staff.actor()));
		return "coaching/list";
	}

	@GetMapping("/baru")
	String newSession(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		planning.mustManage(staff.actor());
		SessionForm form = new SessionForm();
		form.setDate(LocalDate.now(clock.withZone(catalog.office().zone())));
		model.addAttribute("form", form);
		return form(null, model);
	}

	@PostMapping("/baru")
	String create(@ModelAttribute("form") SessionForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect) {
		try {
			if (binding.hasErrors()) {
				planning.check(null, form.toDraft(binding.hasFieldErrors("date")), staff.actor());
				return form(null, model);
			}
			long id = planning.create(form.toDraft(false), staff.actor());
			redirect.addFlashAttribute("notice", "coaching.created");
			return "redirect:/staf/pembinaan/" + id;
		}
		catch (InvalidInput invalid) {
			invalid.applyTo(binding);
		}
		return form(null, model);
	}

	@GetMapping("/{id}/ubah")
	String edit(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff, Model model) {
		planning.mustManage(staff.actor());
		model.addAttribute("form", SessionForm.of(queries.session(id, staff.actor())));
		return form(id, model);
	}

	@PostMapping("/{id}/ubah")
	String update(@PathVariable long id, @ModelAttribute("form") SessionForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect) {
		try {
			if (binding.hasErrors()) {
				planning.check(id, form.toDraft(binding.hasFieldErrors("date")), staff.actor());
				return form(id, model);
			}
			planning.update(id, form.getVersion(), form.toDraft(false), staff.actor());
			redirect.addFlashAttribute("notice", "coaching.saved");
			return "redirect:/staf/pembinaan/" + id;
		}
		catch (InvalidInput invalid) {
			invalid.applyTo(binding);
		}
		catch (ActionRefused refused) {
			model.addAttribute("refused", refused.messageKey());
		}
		return form(id, model);
	}

	private String form(Long id, Model model) {
		model.addAttribute("sessionId", id);
		model.addAttribute("kinds", SessionKind.values());
		model.addAttribute("services", catalog.activeServices());
		return "coaching/form";
	}

}
