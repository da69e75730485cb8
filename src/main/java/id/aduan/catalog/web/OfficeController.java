package id.aduan.catalog.web;

import java.io.IOException;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.aduan.catalog.Catalog;
import id.aduan.catalog.CatalogEditing;
import id.aduan.catalog.OfficeLogos;
import id.aduan.system.InvalidInput;

/** The office's profile: letterhead and its emblem, head of office and NIP, time zone. */
@Controller
@RequestMapping("/admin/kantor")
class OfficeController {

	private final Catalog catalog;

	private final CatalogEditing editing;

	private final OfficeLogos logos;

	OfficeController(Catalog catalog, CatalogEditing editing, OfficeLogos logos) {
		this.catalog = catalog;
		this.editing = editing;
		this.logos = logos;
	}

	@ModelAttribute("timeZones")
	List<String> timeZones() {
		return List.of("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura");
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", OfficeForm.of(catalog.office()));
		return page(model);
	}

	@PostMapping
	String save(@ModelAttribute("form") OfficeForm form, BindingResult binding, @AuthenticationPrincipal UserDetails user,
			Model model, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return page(model);
		}
		try {
			editing.updateOffice(form.toProfile(), user.getUsername());
		}
		catch (InvalidInput invalid) {
			invalid.applyTo(binding);
			return page(model);
		}
		redirect.addFlashAttribute("notice", "catalog.saved");
		return "redirect:/admin/kantor";
	}

	/** The page, with the emblem as it is now (read only when the page is shown). */
	private String page(Model model) {
		model.addAttribute("logo", logos.current().orElse(null));
		return "catalog/office";
	}

	/** The emblem as uploaded, for the page's preview. */
	@GetMapping("/logo")
	ResponseEntity<byte[]> logoImage() {
		return logos.current()
			.map(logo -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(logo.contentType()))
				.cacheControl(CacheControl.noCache())
				.body(logo.content()))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	@PostMapping("/logo")
	String uploadLogo(@RequestParam(name = "logo", required = false) MultipartFile file,
			@AuthenticationPrincipal UserDetails user, Model model, RedirectAttributes redirect) throws IOException {
		try {
			logos.replace(file == null ? null : file.getBytes(), user.getUsername());
		}
		catch (InvalidInput invalid) {
			model.addAttribute("form", OfficeForm.of(catalog.office()));
			model.addAttribute("logoError", invalid.problems().get(0).messageKey());
			return page(model);
		}
		redirect.addFlashAttribute("notice", "catalog.logo.saved");
		return "redirect:/admin/kantor";
	}

	@PostMapping("/logo/hapus")
	String removeLogo(@AuthenticationPrincipal UserDetails user, RedirectAttributes redirect) {
		logos.remove(user.getUsername());
		redirect.addFlashAttribute("notice", "catalog.logo.removed");
		return "redirect:/admin/kantor";
	}
}
