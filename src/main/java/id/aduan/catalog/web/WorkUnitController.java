package id.aduan.catalog.web;

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
import id.aduan.catalog.WorkUnit;
import id.aduan.system.InvalidInput;
import id.aduan.system.NotFound;

@Controller
@RequestMapping("/admin/unit")
class WorkUnitController {

	private final Catalog catalog;

	private final CatalogEditing editing;

	WorkUnitController(Catalog catalog, CatalogEditing editing) {
		this.catalog = catalog;
		this.editing = editing;
	}

	@ModelAttribute
	void tree(Model model) {
		model.addAttribute("nodes", catalog.unitTree().ordered());
	}

	@GetMapping
	String units() {
		return "catalog/units";
	}

	@GetMapping("/baru")
	String createForm(Model model) {
		Long root = catalog.unitTree().ordered().stream().findFirst().map(node -> node.unit().id()).orElse(null);
		UnitForm form = new UnitForm();
		form.setParentId(root);
		model.addAttribute("form", form);
		return "catalog/unit";
	}

	@PostMapping("/baru")
	String create(@ModelAttribute("form") UnitForm form, BindingResult binding, @AuthenticationPrincipal UserDetails user,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return "catalog/unit";
		}
		try {
			editing.addUnit(form.toDraft(), user.getUsername());
		}
		catch (InvalidInput invalid) {
			invalid.applyTo(binding);
			return "catalog/unit";
		}
		redirect.addFlashAttribute("notice", "catalog.saved");
		return "redirect:/admin/unit";
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		WorkUnit unit = unit(id);
		model.addAttribute("unit", unit);
		model.addAttribute("form", UnitForm.of(unit));
		return "catalog/unit";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") UnitForm form, BindingResult binding,
			@AuthenticationPrincipal UserDetails user, Model model, RedirectAttributes redirect) {
		model.addAttribute("unit", unit(id));
		if (binding.hasErrors()) {
			return "catalog/unit";
		}
		try {
			editing.updateUnit(id, form.toDraft(), user.getUsername());
		}
		catch (InvalidInput invalid) {
			invalid.applyTo(binding);
			return "catalog/unit";
		}
		redirect.addFlashAttribute("notice", "catalog.saved");
		return "redirect:/admin/unit";
	}

	private WorkUnit unit(long id) {
		return catalog.unit(id).orElseThrow(() -> new NotFound("catalog.item.unknown"));
	}
}
