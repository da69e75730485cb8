package id.aduan.tracking;

import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.ModelAndView;

import id.aduan.catalog.Catalog;
import id.aduan.complaints.AccessKey;
import id.aduan.complaints.ComplainantResponses;
import id.aduan.complaints.PublicTracking;
import id.aduan.complaints.PublicComplaintView;
import id.aduan.complaints.PublicStage;
import id.aduan.complaints.TrackingCode;
import id.aduan.system.ActionRefused;
import id.aduan.system.InvalidInput;
import id.aduan.system.NotFound;

/**
 * The tracking page: type the code, see where the complaint stands and what the office answered. Rating
 * or disputing the answer takes the access key as well, typed into the form.
 */
@Controller
class TrackingController {

	private final PublicTracking tracking;

	private final Catalog catalog;

	private final ComplainantResponses responses;

	TrackingController(PublicTracking tracking, Catalog catalog, ComplainantResponses responses) {
		this.tracking = tracking;
		this.catalog = catalog;
		this.responses = responses;
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
		return page(code, new VerdictForm(), null, null);
	}

	@PostMapping("/lacak/{code}/penilaian")
	ModelAndView rate(@PathVariable String code, @ModelAttribute("verdict") VerdictForm form, BindingResult binding,
			RedirectAttributes redirect) {
		return respond(code, form, binding, redirect, "tracking.rated", "RATE",
				parsed -> responses.rate(parsed, key(form), form.getScore(), form.getSolved(), form.getComment()));
	}

	@PostMapping("/lacak/{code}/keberatan")
	ModelAndView dispute(@PathVariable String code, @ModelAttribute("verdict") VerdictForm form,
			BindingResult binding, RedirectAttributes redirect) {
		return respond(code, form, binding, redirect, "tracking.disputed", "DISPUTE",
				parsed -> responses.dispute(parsed, key(form), form.getReason()));
	}

	private ModelAndView respond(String code, VerdictForm form, BindingResult binding, RedirectAttributes redirect,
			String done, String which, Consumer<TrackingCode> step) {
		TrackingCode parsed = TrackingCode.parse(code).orElse(null);
		if (parsed == null || binding.hasErrors()) {
			return page(code, form, binding, which);
		}
		try {
			step.accept(parsed);
		}
		catch (InvalidInput invalid) {
			invalid.applyTo(binding);
			return page(code, form, binding, which);
		}
		catch (NotFound wrongKey) {
			binding.rejectValue("key", wrongKey.messageKey(), wrongKey.messageKey());
			return page(code, form, binding, which);
		}
		catch (ActionRefused refused) {
			binding.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
			return page(code, form, binding, which);
		}
		redirect.addFlashAttribute("notice", done);
		return new ModelAndView("redirect:/lacak/" + parsed.value());
	}

	private static AccessKey key(VerdictForm form) {
		return AccessKey.parse(form.getKey()).orElse(null);
	}

	private ModelAndView page(String code, VerdictForm form, BindingResult binding, String open) {
		Optional<TrackingCode> parsed = TrackingCode.parse(code);
		Optional<PublicComplaintView> view = parsed.flatMap(tracking::view);
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
		page.addObject("openings", responses.openings(parsed.get()));
		page.addObject("verdict", form);
		page.addObject("openForm", open);
		if (binding != null) {
			page.addObject(BindingResult.MODEL_KEY_PREFIX + "verdict", binding);
		}
		return page;
	}
}
