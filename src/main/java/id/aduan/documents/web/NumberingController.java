package id.aduan.documents.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.aduan.accounts.StaffPrincipal;
import id.aduan.catalog.Catalog;
import id.aduan.documents.LetterNumbering;
import id.aduan.system.InvalidInput;

/**
 * The administrator's page on letter numbering: the classification code of each document kind, the
 * year's counter (with the record of numbers used outside Aduan), past years' registers reopened to
 * number a document of that year, and the register of numbers issued.
 */
@Controller
@RequestMapping("/admin/penomoran")
class NumberingController {

	private final LetterNumbering numbering;

	private final Catalog catalog;

	NumberingController(LetterNumbering numbering, Catalog catalog) {
		this.numbering = numbering;
		this.catalog = catalog;
	}

	@GetMapping
	String page(@RequestParam(name = "tahun", required = false) Integer year, Model model) {
		model.addAttribute("classificationForm", new ClassificationForm());
		model.addAttribute("jumpForm", new JumpForm());
		model.addAttribute("reopenForm", new ReopenForm());
		return show(year, model);
	}

	@PostMapping("/klasifikasi")
	String classify(@ModelAttribute("classificationForm") ClassificationForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal admin, Model model, RedirectAttributes redirect) {
		try {
			numbering.changeClassification(form.getKind(), form.getClassificationCode(), admin.actor());
		}
		catch (InvalidInput invalid) {
			invalid.applyTo(binding);
			model.addAttribute("jumpForm", new JumpForm());
			model.addAttribute("reopenForm", new ReopenForm());
			return show(null, model);
		}
		redirect.addFlashAttribute("notice", "numbering.saved");
		return "redirect:/admin/penomoran";
	}

	@PostMapping("/lompat")
	String jump(@ModelAttribute("jumpForm") JumpForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal admin, Model model, RedirectAttributes redirect) {
		try {
			if (binding.hasErrors()) {
				numbering.jump(null, form.getReason(), admin.actor());
			}
			numbering.jump(form.getLastUsed(), form.getReason(), admin.actor());
		}
		catch (InvalidInput invalid) {
			invalid.applyTo(binding);
			model.addAttribute("classificationForm", new ClassificationForm());
			model.addAttribute("reopenForm", new ReopenForm());
			return show(null, model);
		}
		redirect.addFlashAttribute("notice", "numbering.jumped");
		return "redirect:/admin/penomoran";
	}

	@PostMapping("/buka")
	String reopen(@ModelAttribute("reopenForm") ReopenForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal admin, Model model, RedirectAttributes redirect) {
		try {
			if (binding.hasErrors()) {
				numbering.reopen(null, null, form.getReason(), admin.actor());
			}
			numbering.reopen(form.getYear(), form.getLastUsed(), form.getReason(), admin.actor());
		}
		catch (InvalidInput invalid) {
			invalid.applyTo(binding);
			model.addAttribute("classificationForm", new ClassificationForm());
			model.addAttribute("jumpForm", new JumpForm());
			return show(null, model);
		}
		redirect.addFlashAttribute("notice", "numbering.reopened");
		return "redirect:/admin/penomoran?tahun=" + form.getYear();
	}

	@PostMapping("/tutup")
	String close(@RequestParam("tahun") int year, @AuthenticationPrincipal StaffPrincipal admin,
			RedirectAttributes redirect) {
		numbering.closeYear(year, admin.actor());
		redirect.addFlashAttribute("notice", "numbering.closedAgain");
		return "redirect:/admin/penomoran?tahun=" + year;
	}

	private String show(Integer year, Model model) {
		int shown = year == null ? numbering.currentYear() : year;
		model.addAttribute("kinds", numbering.kinds());
		model.addAttribute("year", shown);
		model.addAttribute("years", numbering.years());
		model.addAttribute("currentYear", numbering.currentYear());
		model.addAttribute("lastSequence", numbering.lastSequence(numbering.currentYear()));
		model.addAttribute("register", numbering.register(shown));
		model.addAttribute("jumps", numbering.jumps(shown));
		model.addAttribute("openings", numbering.openings());
		model.addAttribute("zone", catalog.office().zone());
		return "documents/numbering";
	}
}
