package id.aduan.coaching.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.aduan.coaching.CheckInView;
import id.aduan.coaching.SelfCheckIn;
import id.aduan.system.InvalidInput;
import id.aduan.system.NotFound;

/** The page a participant reaches by scanning the session's QR code: no login, one short form. */
@Controller
@RequestMapping("/hadir/{token}")
class CheckInController {

	private final SelfCheckIn checkIn;

	CheckInController(SelfCheckIn checkIn) {
		this.checkIn = checkIn;
	}

	@GetMapping
	String form(@PathVariable String token, Model model) {
		model.addAttribute("form", new PersonForm());
		return page(token, model);
	}

	@PostMapping
	String checkIn(@PathVariable String token, @ModelAttribute("form") PersonForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		try {
			checkIn.checkIn(token, form.toDraft());
		}
		catch (InvalidInput invalid) {
			invalid.applyTo(binding);
			return page(token, model);
		}
		redirect.addFlashAttribute("checkedIn", form.getName().trim());
		return "redirect:/hadir/" + token + "/terima-kasih";
	}

	@GetMapping("/terima-kasih")
	String done(@PathVariable String token, Model model) {
		model.addAttribute("s", session(token));
		model.addAttribute("token", token);
		return "coaching/checked-in";
	}

	private String page(String token, Model model) {
		model.addAttribute("s", session(token));
		model.addAttribute("token", token);
		return "coaching/check-in";
	}

	private CheckInView session(String token) {
		return checkIn.session(token).orElseThrow(() -> new NotFound("coaching.checkIn.closed"));
	}
}
