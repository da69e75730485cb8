package id.aduan.catalog.web;

import java.util.HashMap;
import java.util.Map;
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
import id.aduan.catalog.PublicService;
import id.aduan.catalog.ReferenceItem;
import id.aduan.catalog.ReferenceList;
import id.aduan.catalog.ServiceLevelRule;
import id.aduan.catalog.ServiceLevels;
import id.aduan.system.InvalidInput;
import id.aduan.system.NotFound;

/**
 * Service-level rules: working days per stage, for all complaints or for a report type, category or
 * service. A change starts a new version from today; complaints received earlier keep the old one.
 */
@Controller
@RequestMapping("/admin/batas-waktu")
class ServiceLevelController {

	private final ServiceLevels levels;

	private final Catalog catalog;

	ServiceLevelController(ServiceLevels levels, Catalog catalog) {
		this.levels = levels;
		this.catalog = catalog;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("reportTypes", catalog.items(ReferenceList.REPORT_TYPE));
		model.addAttribute("categories", catalog.items(ReferenceList.CATEGORY));
		model.addAttribute("services", catalog.services());
		model.addAttribute("names", names());
	}

	@GetMapping
	String rules(Model model) {
		model.addAttribute("form", new RuleForm());
		return page(model);
	}

	@PostMapping
	String add(@ModelAttribute("form") RuleForm form, BindingResult binding,
			@AuthenticationPrincipal UserDetails user, Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				levels.add(form.toDraft(), user.getUsername());
				redirect.addFlashAttribute("notice", "catalog.saved");
				return "redirect:/admin/batas-waktu";
			}
			catch (InvalidInput invalid) {
				invalid.applyTo(binding);
			}
		}
		return page(model);
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		ServiceLevelRule rule = current(id);
		model.addAttribute("rule", rule);
		model.addAttribute("form", RuleForm.of(rule));
		return "catalog/rule";
	}

	@PostMapping("/{id}")
	String change(@PathVariable long id, @ModelAttribute("form") RuleForm form, BindingResult binding,
			@AuthenticationPrincipal UserDetails user, Model model, RedirectAttributes redirect) {
		model.addAttribute("rule", current(id));
		if (!binding.hasErrors()) {
			try {
				levels.change(id, form.toDraft(), user.getUsername());
				redirect.addFlashAttribute("notice", "sla.changed");
				return "redirect:/admin/batas-waktu";
			}
			catch (InvalidInput invalid) {
				invalid.applyTo(binding);
			}
		}
		return "catalog/rule";
	}

	@PostMapping("/{id}/pensiun")
	String retire(@PathVariable long id, @AuthenticationPrincipal UserDetails user, RedirectAttributes redirect) {
		current(id);
		try {
			levels.retire(id, user.getUsername());
			redirect.addFlashAttribute("notice", "sla.retired");
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("notice", invalid.problems().get(0).messageKey());
		}
		return "redirect:/admin/batas-waktu";
	}

	private String page(Model model) {
		model.addAttribute("rules", levels.current());
		model.addAttribute("history", levels.history());
		return "catalog/rules";
	}

	private ServiceLevelRule current(long id) {
		return levels.current().stream().filter(rule -> rule.id() == id).findFirst()
			.orElseThrow(() -> new NotFound("sla.rule.unknown"));
	}

	/** Names of the targets a rule may point at, by list and id, for the tables. */
	private Map<String, String> names() {
		Map<String, String> names = new HashMap<>();
		for (ReferenceItem item : catalog.items(ReferenceList.REPORT_TYPE)) {
			names.put("R" + item.id(), item.name());
		}
		for (ReferenceItem item : catalog.items(ReferenceList.CATEGORY)) {
			names.put("C" + item.id(), item.name());
		}
		names.putAll(catalog.services().stream().collect(Collectors.toMap(s -> "S" + s.id(), PublicService::name)));
		return names;
	}
}
