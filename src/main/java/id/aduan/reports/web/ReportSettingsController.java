package id.aduan.reports.web;

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
import id.aduan.reports.ReportSettings;
import id.aduan.system.ActionRefused;
import id.aduan.system.InvalidInput;

/**
 * The report's own words — the general description with its legal basis, the mechanism, the closing
 * paragraph — and whether items nobody complained about are listed. The coordinator edits them; every
 * report written afterwards uses them.
 */
@Controller
class ReportSettingsController {

	private final ReportSettings settings;

	ReportSettingsController(ReportSettings settings) {
		this.settings = settings;
	}

	@GetMapping("/staf/laporan/teks")
	String form(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		allowed(staff);
		return page(ReportTextsForm.of(settings.current()), model);
	}

	@PostMapping("/staf/laporan/teks")
	String save(@AuthenticationPrincipal StaffPrincipal staff, @ModelAttribute("form") ReportTextsForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		allowed(staff);
		try {
			settings.save(form.toTexts(), staff.actor());
		}
		catch (InvalidInput invalid) {
			invalid.applyTo(binding);
			return page(form, model);
		}
		redirect.addFlashAttribute("notice", "report.settings.saved");
		return "redirect:/staf/laporan/teks";
	}

	private String page(ReportTextsForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("lastChange", settings.lastChange().orElse(null));
		return "reports/settings";
	}

	private static void allowed(StaffPrincipal staff) {
		if (staff.role() != Role.COORDINATOR) {
			throw new ActionRefused(ActionRefused.Reason.ROLE, "report.settings.role");
		}
	}
}
