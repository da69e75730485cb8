package id.aduan.tracking;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import id.aduan.catalog.Catalog;
import id.aduan.complaints.ComplaintQueries;
import id.aduan.complaints.PublicComplaintView;
import id.aduan.complaints.PublicStage;
import id.aduan.complaints.TrackingCode;

/** The tracking page: type the code, see where the complaint stands and what the office answered. */
@Controller
class TrackingController {

	private final ComplaintQueries queries;

	private final Catalog catalog;

	TrackingController(ComplaintQueries queries, Catalog catalog) {
		this.queries = queries;
		this.catalog = catalog;
	}

	@GetMapping("/lacak")
	String lookup(@RequestParam(name = "kode", required = false) String code, Model model) {
		if (code == null || code.isBlank()) {
			return "tracking/lookup";
		}
		Optional<TrackingCode> parsed = TrackingCode.parse(code);
		if (parsed.isEmpty()) {
			model.addAttribute("code", code);
			model.addAttribute("codeError", "tracking.code.format");
			return "tracking/lookup";
		}
		return "redirect:/lacak/" + parsed.get().value();
	}

	@GetMapping("/lacak/{code}")
	ModelAndView status(@PathVariable String code) {
		Optional<PublicComplaintView> view = TrackingCode.parse(code).flatMap(queries::publicView);
		if (view.isEmpty()) {
			ModelAndView notFound = new ModelAndView("tracking/lookup", HttpStatus.NOT_FOUND);
			notFound.addObject("code", code);
			notFound.addObject("codeError", "tracking.code.unknown");
			return notFound;
		}
		ModelAndView page = new ModelAndView("tracking/status");
		page.addObject("c", view.get());
		page.addObject("zone", catalog.office().zone());
		page.addObject("stages", PublicStage.values());
		return page;
	}
}
