package id.aduan.open311.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.aduan.accounts.StaffPrincipal;
import id.aduan.catalog.Catalog;
import id.aduan.open311.ApiKeys;
import id.aduan.open311.IssuedKey;
import id.aduan.system.InvalidInput;

/** The administrator's API keys: issue one per application (shown once), revoke, see when each was last used. */
@Controller
@RequestMapping("/admin/kunci-api")
class ApiKeyAdminController {

	private final ApiKeys keys;

	private final Catalog catalog;

	ApiKeyAdminController(ApiKeys keys, Catalog catalog) {
		this.keys = keys;
		this.catalog = catalog;
	}

	@GetMapping
	String list(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new KeyForm());
		}
		return page(model);
	}

	/**
	 * The new key is shown in the answer to this POST itself, not carried to the next page as a flash
	 * attribute: a flash attribute is written to the session table (and so to the database) until it is
	 * read, and the key's plain value must never be stored anywhere, only its hash. Reloading the page
	 * asks the browser to send the form again, which would issue another key, as the account page's
	 * one-time password does.
	 */
	@PostMapping
	String issue(@ModelAttribute("form") KeyForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal admin, Model model) {
		try {
			IssuedKey issued = keys.issue(form.getName(), admin.actor());
			model.addAttribute("issued", issued);
			form.setName(null);
			return page(model);
		}
		catch (InvalidInput invalid) {
			invalid.applyTo(binding);
			return page(model);
		}
	}

	@PostMapping("/{id}/cabut")
	String revoke(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal admin, RedirectAttributes redirect) {
		keys.revoke(id, admin.actor());
		redirect.addFlashAttribute("notice", "apikeys.revokedNotice");
		return "redirect:/admin/kunci-api";
	}

	private String page(Model model) {
		model.addAttribute("keys", keys.all());
		model.addAttribute("zone", catalog.office().zone());
		return "open311/keys";
	}
}
