package id.aduan.catalog.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.aduan.catalog.ReferenceList;

/** The administrator's start page: the reference lists, units, services, office and accounts. */
@Controller
class AdminController {

	@GetMapping("/admin")
	String index(Model model) {
		model.addAttribute("lists", ReferenceList.values());
		return "catalog/admin";
	}
}
