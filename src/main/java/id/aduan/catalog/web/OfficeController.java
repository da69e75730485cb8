package id.aduan.catalog.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.aduan.catalog.Catalog;
import id.aduan.catalog.CatalogEditing;
import id.aduan.system.InvalidInput;

/** The office's profile: letterhead, head of office and NIP, time zone. */
@Controller
@RequestMapping("/admin/kantor")
class OfficeController {

	private final Catalog catalog;

	private final CatalogEditing editing;

	OfficeController(Catalog catalog, CatalogEditing editing) {
		this.catalog = catalog;
		this.editing = editing;
	}

	@ModelAttribute("timeZones")
	List<String> timeZones() {
		return List.of("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura");
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", OfficeForm.of(catalog.office()));
		return "catalog/office";
	}

	@PostMapping
	String save(@ModelAttribute("form") OfficeForm form, BindingResult binding, @AuthenticationPrincipal UserDetails user,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return "catalog/office";
		}
		try {
			editing.updateOffice(form.toProfile(), user.getUsername());
		}
		catch (InvalidInput invalid) {
			invalid.applyTo(binding);
			return "catalog/office";
		}
		redirect.addFlashAttribute("notice", "catalog.saved");
		return "redirect:/admin/kantor";
	}
}
