package id.aduan.duplicates.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.aduan.accounts.StaffPrincipal;
import id.aduan.catalog.Catalog;
import id.aduan.duplicates.ProbableDuplicates;
import id.aduan.system.ActionRefused;

/**
 * The probable-duplicates panel of a complaint's page (loaded into it by htmx; empty for anyone but the
 * coordinator, or when there is nothing to offer) and the coordinator's two answers.
 */
@Controller
@RequestMapping("/staf/pengaduan/{id}/kemungkinan-duplikat")
class DuplicatesController {

	private final ProbableDuplicates duplicates;

	private final Catalog catalog;

	private final MessageSource messages;

	DuplicatesController(ProbableDuplicates duplicates, Catalog catalog, MessageSource messages) {
		this.duplicates = duplicates;
		this.catalog = catalog;
		this.messages = messages;
	}

	@GetMapping
	String panel(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff, Model model) {
		model.addAttribute("complaintId", id);
		model.addAttribute("candidates", duplicates.of(id, staff.actor()));
		model.addAttribute("zone", catalog.office().zone());
		return "duplicates/panel :: panel";
	}

	@PostMapping("/{other}/gabungkan")
	String merge(@PathVariable long id, @PathVariable long other, @AuthenticationPrincipal StaffPrincipal staff,
			RedirectAttributes redirect) {
		return decide(id, redirect, "duplicates.merged", () -> duplicates.merge(id, other, staff.actor()));
	}

	@PostMapping("/{other}/pisahkan")
	String keepApart(@PathVariable long id, @PathVariable long other, @AuthenticationPrincipal StaffPrincipal staff,
			RedirectAttributes redirect) {
		return decide(id, redirect, "duplicates.keptApart", () -> duplicates.keepApart(id, other, staff.actor()));
	}

	private String decide(long id, RedirectAttributes redirect, String done, Runnable decision) {
		try {
			decision.run();
			redirect.addFlashAttribute("notice", done);
		}
		catch (ActionRefused refused) {
			redirect.addFlashAttribute("problem", messages.getMessage(refused.messageKey(), refused.arguments(),
					refused.messageKey(), LocaleContextHolder.getLocale()));
		}
		return "redirect:/staf/pengaduan/" + id;
	}
}
