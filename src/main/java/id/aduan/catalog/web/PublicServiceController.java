package id.aduan.catalog.web;

import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.aduan.catalog.Catalog;
import id.aduan.catalog.CatalogEditing;
import id.aduan.catalog.PublicService;
import id.aduan.system.InvalidInput;
import id.aduan.system.NotFound;

@Controller
@RequestMapping("/admin/layanan")
class PublicServiceController {

	private final Catalog catalog;

	private final CatalogEditing editing;

	PublicServiceController(Catalog catalog, CatalogEditing editing) {
		this.catalog = catalog;
		this.editing = editing;
	}

	@ModelAttribute
	void units(Model model) {
		model.addAttribute("nodes", catalog.unitTree().ordered());
		model.addAttribute("unitNames", catalog.unitTree()
			.ordered()
			.stream()
			.collect(Collectors.toMap(node -> node.unit().id(), node -> node.unit().name())));
	}

	@GetMapping
	String services(Model model) {
		model.addAttribute("services", catalog.services());
		return "catalog/services";
	}

	@GetMapping("/baru")
	String createForm(Model model) {
		int next = catalog.services().stream().mapToInt(PublicService::sortOrder).max().orElse(0) + 1;
		ServiceForm form = new ServiceForm();
		form.setSortOrder(next);
		model.addAttribute("form", form);
		return "catalog/service";
	}

	@PostMapping("/baru")
	String create(@ModelAttribute("form") ServiceForm form, BindingResult binding, @AuthenticationPrincipal UserDetails user,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return "catalog/service";
		}
		try {
			editing.addService(form.toDraft(), user.getUsername());
		}
		catch (InvalidInput invalid) {
			invalid.applyTo(binding);
			return "catalog/service";
		}
		redirect.addFlashAttribute("notice", "catalog.saved");
		return "redirect:/admin/layanan";
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		PublicService service = service(id);
		model.addAttribute("service", service);
		model.addAttribute("form", ServiceForm.of(service));
		return "catalog/service";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") ServiceForm form, BindingResult binding,
			@AuthenticationPrincipal UserDetails user, Model model, RedirectAttributes redirect) {
		model.addAttribute("service", service(id));
		if (binding.hasErrors()) {
			return "catalog/service";
		}
		try {
			editing.updateService(id, form.toDraft(), user.getUsername());
		}
		catch (InvalidInput invalid) {
			invalid.applyTo(binding);
			return "catalog/service";
		}
		redirect.addFlashAttribute("notice", "catalog.saved");
		return "redirect:/admin/layanan";
	}

	private PublicService service(long id) {
		return catalog.service(id).orElseThrow(() -> new NotFound("catalog.item.unknown"));
	}
}
