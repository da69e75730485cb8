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
import id.aduan.catalog.ReferenceItem;
import id.aduan.catalog.ReferenceList;
import id.aduan.system.InvalidInput;
import id.aduan.system.NotFound;

/** One page pattern for the four flat lists: channels, report types, forms, categories. */
@Controller
@RequestMapping("/admin/referensi/{slug}")
class ReferenceListController {

	private final Catalog catalog;

	private final CatalogEditing editing;

	ReferenceListController(Catalog catalog, CatalogEditing editing) {
		this.catalog = catalog;
		this.editing = editing;
	}

	@ModelAttribute("list")
	ReferenceList list(@PathVariable String slug) {
		ReferenceList list = ReferenceList.fromSlug(slug);
		if (list == null) {
			throw new NotFound("catalog.list.unknown");
		}
		return list;
	}

	@GetMapping
	String items(@ModelAttribute("list") ReferenceList list, Model model) {
		model.addAttribute("items", catalog.items(list));
		return "catalog/list";
	}

	@GetMapping("/baru")
	String createForm(Model model) {
		model.addAttribute("form", new ItemForm());
		return "catalog/item";
	}

	@PostMapping("/baru")
	String create(@ModelAttribute("list") ReferenceList list, @ModelAttribute("form") ItemForm form,
			BindingResult binding, @AuthenticationPrincipal UserDetails user, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return "catalog/item";
		}
		try {
			editing.addItem(list, form.toDraft(), user.getUsername());
		}
		catch (InvalidInput invalid) {
			invalid.applyTo(binding);
			return "catalog/item";
		}
		redirect.addFlashAttribute("notice", "catalog.saved");
		return "redirect:/admin/referensi/" + list.slug();
	}

	@GetMapping("/{id}")
	String editForm(@ModelAttribute("list") ReferenceList list, @PathVariable long id, Model model) {
		ReferenceItem item = catalog.item(list, id).orElseThrow(() -> new NotFound("catalog.item.unknown"));
		model.addAttribute("item", item);
		String publicAddress = list == ReferenceList.CHANNEL ? catalog.channelAddresses().get(item.id()) : null;
		model.addAttribute("form", ItemForm.of(item, publicAddress));
		return "catalog/item";
	}

	@PostMapping("/{id}")
	String update(@ModelAttribute("list") ReferenceList list, @PathVariable long id,
			@ModelAttribute("form") ItemForm form, BindingResult binding, @AuthenticationPrincipal UserDetails user,
			Model model, RedirectAttributes redirect) {
		ReferenceItem item = catalog.item(list, id).orElseThrow(() -> new NotFound("catalog.item.unknown"));
		model.addAttribute("item", item);
		if (binding.hasErrors()) {
			return "catalog/item";
		}
		try {
			editing.updateItem(list, id, form.toDraft(), user.getUsername());
		}
		catch (InvalidInput invalid) {
			invalid.applyTo(binding);
			return "catalog/item";
		}
		redirect.addFlashAttribute("notice", "catalog.saved");
		return "redirect:/admin/referensi/" + list.slug();
	}
}
