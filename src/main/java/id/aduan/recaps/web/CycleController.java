package id.aduan.recaps.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.aduan.accounts.StaffPrincipal;
import id.aduan.catalog.Catalog;
import id.aduan.recaps.RecapCycle;
import id.aduan.system.InvalidInput;

/** The administrator's page on the recap cycle: due day, the head's approval, the first month owed. */
@Controller
@RequestMapping("/admin/rekap")
class CycleController {

	private final RecapCycle cycle;

	private final Catalog catalog;

	CycleController(RecapCycle cycle, Catalog catalog) {
		this.cycle = cycle;
		this.catalog = catalog;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("form", CycleForm.of(cycle.current()));
		return show(model);
	}

	@PostMapping
	String save(@ModelAttribute("form") CycleForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal admin, Model model, RedirectAttributes redirect) {
		try {
			cycle.change(form.dueDayNumber(), form.isApprovalRequired(), form.getFirstMonth(), admin.actor());
		}
		catch (InvalidInput invalid) {
			invalid.applyTo(binding);
			return show(model);
		}
		redirect.addFlashAttribute("notice", "recapSettings.saved");
		return "redirect:/admin/rekap";
	}

	private String show(Model model) {
		model.addAttribute("current", cycle.current());
		model.addAttribute("zone", catalog.office().zone());
		return "recaps/cycle";
	}
}
