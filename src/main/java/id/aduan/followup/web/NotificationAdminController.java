package id.aduan.followup.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.aduan.accounts.StaffPrincipal;
import id.aduan.followup.NotificationKind;
import id.aduan.followup.NotificationTemplate;
import id.aduan.followup.NotificationTemplates;
import id.aduan.followup.Outbox;
import id.aduan.system.InvalidInput;

/** The administrator's email texts, and the outbox of what was sent or still waits. */
@Controller
class NotificationAdminController {

	private final NotificationTemplates templates;

	private final Outbox outbox;

	NotificationAdminController(NotificationTemplates templates, Outbox outbox) {
		this.templates = templates;
		this.outbox = outbox;
	}

	@GetMapping("/admin/surel")
	String list(Model model) {
		model.addAttribute("templates", templates.all());
		model.addAttribute("notifications", outbox.recent(50));
		return "followup/notifications";
	}

	@GetMapping("/admin/surel/{kind}")
	String editForm(@PathVariable NotificationKind kind, Model model) {
		NotificationTemplate template = templates.of(kind);
		TemplateForm form = new TemplateForm();
		form.setSubject(template.subject());
		form.setBody(template.body());
		model.addAttribute("kind", kind);
		model.addAttribute("form", form);
		return "followup/template";
	}

	@PostMapping("/admin/surel/{kind}")
	String save(@PathVariable NotificationKind kind, @ModelAttribute("form") TemplateForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect) {
		try {
			templates.save(kind, form.getSubject(), form.getBody(), staff.displayName());
		}
		catch (InvalidInput invalid) {
			invalid.applyTo(binding);
			model.addAttribute("kind", kind);
			return "followup/template";
		}
		redirect.addFlashAttribute("notice", "catalog.saved");
		return "redirect:/admin/surel";
	}
}
