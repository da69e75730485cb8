package id.aduan.intake;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceList;

/** The public front page: how to complain, through which channels, and how to follow a complaint. */
@Controller
class HomeController {

	private final Catalog catalog;

	HomeController(Catalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("channels", catalog.activeItems(ReferenceList.CHANNEL));
		return "intake/home";
	}
}
