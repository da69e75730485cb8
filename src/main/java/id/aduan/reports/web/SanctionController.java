package id.aduan.reports.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.aduan.accounts.Role;
import id.aduan.accounts.StaffPrincipal;
import id.aduan.catalog.Catalog;
import id.aduan.reports.SanctionKind;
import id.aduan.reports.Sanctions;
import id.aduan.system.ActionRefused;
import id.aduan.system.InvalidInput;

/**
 * Sanctions imposed after complaints (section 4.6 of the report): the coordinator records them, the
 * head of office reads them. Who was sanctioned is on this page only, never in the report.
 */
@Controller
class SanctionController {

	private final Sanctions sanctions;

	private final Catalog catalog;

	private final Clock clock;

	SanctionController(Sanctions sanctions, Catalog catalog, Clock clock) {
		this.sanctions = sanctions;
		this.catalog = catalog;
		this.clock = clock;
	}

	@GetMapping("/staf/sanksi")
	String list(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		return page(staff, new SanctionForm(), model);
	}

	@PostMapping("/staf/sanksi")
	String record(@AuthenticationPrincipal StaffPrincipal staff, @ModelAttribute("form") SanctionForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		allowed(staff);
		try {
			if (binding.hasErrors()) {
				sanctions.check(form.toDraft(), staff.actor());
			}
			else {
				sanctions.record(form.toDraft(), staff.actor());
				redirect.addFlashAttribute("notice", "sanction.recorded");
				return "redirect:/staf/sanksi";
			}
		}
		catch (InvalidInput invalid) {
			invalid.applyTo(binding);
		}
		return page(staff, form, model);
	}

	private String page(StaffPrincipal staff, SanctionForm form, Model model) {
		allowed(staff);
		model.addAttribute("sanctions", sanctions.recent(200));
		model.addAttribute("mayRecord", staff.role() == Role.COORDINATOR);
		model.addAttribute("form", form);
		model.addAttribute("units", catalog.unitTree().orderedActive());
		model.addAttribute("kinds", SanctionKind.values());
		model.addAttribute("today", LocalDate.now(clock.withZone(catalog.office().zone())));
		return "reports/sanctions";
	}

	private static void allowed(StaffPrincipal staff) {
		if (staff.role() != Role.COORDINATOR && staff.role() != Role.HEAD) {
			throw new ActionRefused(ActionRefused.Reason.ROLE, "sanction.page.role");
		}
	}
}
