package id.aduan.messaging.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.aduan.accounts.StaffPrincipal;
import id.aduan.messaging.MessagingSetup;
import id.aduan.messaging.PhoneNotice;
import id.aduan.system.InvalidInput;

/** The administrator's page for the WhatsApp Business Platform and the SMS gateway (Administrasi → WhatsApp dan SMS). */
@Controller
class MessagingAdminController {

	static final String PATH = "/admin/whatsapp-sms";

	private final MessagingSetup setup;

	MessagingAdminController(MessagingSetup setup) {
		this.setup = setup;
	}

	@GetMapping(PATH)
	String show(Model model) {
		model.addAttribute("form", MessagingForm.of(setup.settings(), setup.texts()));
		return page(model);
	}

	@PostMapping(PATH)
	String save(@ModelAttribute("form") MessagingForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect) {
		try {
			setup.save(form.settings(), form.noticeTexts(), staff.displayName());
		}
		catch (InvalidInput invalid) {
			invalid.applyTo(binding);
			return page(model);
		}
		redirect.addFlashAttribute("notice", "catalog.saved");
		return "redirect:" + PATH;
	}

	private String page(Model model) {
		model.addAttribute("secrets", setup.secretsPresent());
		model.addAttribute("parameters", Arrays.stream(PhoneNotice.values())
			.collect(Collectors.toMap(PhoneNotice::name,
					notice -> String.join(", ", notice.parameters()))));
		return "messaging/settings";
	}
}
