package id.aduan.complaints.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.aduan.accounts.Role;
import id.aduan.accounts.StaffPrincipal;
import id.aduan.catalog.Catalog;
import id.aduan.complaints.ReplyTemplates;
import id.aduan.system.ActionRefused;
import id.aduan.system.FieldProblem;
import id.aduan.system.InvalidInput;

/** The reply templates a coordinator or a unit officer keeps, and a form to add one. */
@Controller
@RequestMapping("/staf/templat-tanggapan")
class ReplyTemplateController {

	private final ReplyTemplates replies;

	private final Catalog catalog;

	private final MessageSource messages;

	ReplyTemplateController(ReplyTemplates replies, Catalog catalog, MessageSource messages) {
		this.replies = replies;
		this.catalog = catalog;
		this.messages = messages;
	}

	@GetMapping
	String list(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		model.addAttribute("templates", replies.kept(staff.actor()));
		model.addAttribute("units", staff.role() == Role.UNIT_OFFICER
				? catalog.unitTree().orderedActive().stream()
					.filter(n -> staff.unitId() != null && catalog.unitTree().isWithin(n.unit().id(), staff.unitId()))
					.toList()
				: catalog.unitTree().orderedActive());
		model.addAttribute("officeWide", staff.role() == Role.COORDINATOR);
		model.addAttribute("placeholders", String.join(" ", ReplyTemplates.PLACEHOLDERS));
		return "complaints/reply-templates";
	}

	@PostMapping
	String add(@AuthenticationPrincipal StaffPrincipal staff, @RequestParam(required = false) Long unitId,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String body,
			Model model, RedirectAttributes redirect) {
		try {
			replies.save(new ReplyTemplates.Draft(unitId, name, body), staff.actor());
			redirect.addFlashAttribute("notice", "reply.saved");
			return "redirect:/staf/templat-tanggapan";
		}
		catch (InvalidInput invalid) {
			FieldProblem first = invalid.problems().get(0);
			model.addAttribute("problem", text(first.messageKey(), first.arguments().toArray()));
		}
		catch (ActionRefused refused) {
			model.addAttribute("problem", text(refused.messageKey(), refused.arguments()));
		}
		model.addAttribute("draftName", name);
		model.addAttribute("draftBody", body);
		model.addAttribute("draftUnit", unitId);
		return list(staff, model);
	}

	@PostMapping("/{id}/hapus")
	String delete(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable long id, RedirectAttributes redirect) {
		replies.delete(id, staff.actor());
		redirect.addFlashAttribute("notice", "reply.deleted");
		return "redirect:/staf/templat-tanggapan";
	}

	private String text(String key, Object[] arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}
}
