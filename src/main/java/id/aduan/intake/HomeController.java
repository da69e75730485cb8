package id.aduan.intake;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceList;

/**
 * The public front page: how to complain, through which channels (each a link where it has a public
 * address), how to follow a complaint, and the office's published figures.
 */
@Controller
class HomeController {

	private final Catalog catalog;

	HomeController(Catalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("channels", catalog.activeItems(ReferenceList.CHANNEL));
		model.addAttribute("addresses", catalog.channelAddresses());
		return "intake/home";
	}
}
