package id.aduan.tracking;

import java.util.Optional;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpSession;

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
import id.aduan.conversations.ComplainantPass;
import id.aduan.conversations.ComplaintThreads;
import id.aduan.conversations.ThreadPasses;
import id.aduan.conversations.ThreadView;
import id.aduan.system.ActionRefused;
import id.aduan.system.InvalidInput;
import id.aduan.system.NotFound;

/**
 * The tracking page: type the code, see where the complaint stands and what the office answered, and
 * whether the office wrote in the complaint's thread (asking for a document, say), which one who holds only
 * the code must not miss. Typing the access key opens the thread on this page and, for a confidential
 * complaint, shows its title. Rating or disputing the answer takes the access key as well.
 */
@Controller
class TrackingController {

	private final PublicTracking tracking;

	private final Catalog catalog;

	private final ComplainantResponses responses;

	private final ComplaintThreads threads;

	TrackingController(PublicTracking tracking, Catalog catalog, ComplainantResponses responses,
			ComplaintThreads threads) {
		this.tracking = tracking;
		this.catalog = catalog;
		this.responses = responses;
		this.threads = threads;
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
	ModelAndView status(@PathVariable String code, HttpSession session) {
		return page(code, new VerdictForm(), null, null, session);
	}

	@PostMapping("/lacak/{code}/penilaian")
	ModelAndView rate(@PathVariable String code, @ModelAttribute("verdict") VerdictForm form, BindingResult binding,
			RedirectAttributes redirect, HttpSession session) {
		return respond(code, form, binding, redirect, session, "tracking.rated", "RATE",
				parsed -> responses.rate(parsed, key(form), form.getScore(), form.getSolved(), form.getComment()));
	}

	@PostMapping("/lacak/{code}/keberatan")
	ModelAndView dispute(@PathVariable String code, @ModelAttribute("verdict") VerdictForm form,
			BindingResult binding, RedirectAttributes redirect, HttpSession session) {
		return respond(code, form, binding, redirect, session, "tracking.disputed", "DISPUTE",
				parsed -> responses.dispute(parsed, key(form), form.getReason()));
	}

	private ModelAndView respond(String code, VerdictForm form, BindingResult binding, RedirectAttributes redirect,
			HttpSession session, String done, String which, Consumer<TrackingCode> step) {
		TrackingCode parsed = TrackingCode.parse(code).orElse(null);
		if (parsed == null || binding.hasErrors()) {
			return page(code, form, binding, which, session);
		}
		try {
			step.accept(parsed);
		}
		catch (InvalidInput invalid) {
			invalid.applyTo(binding);
			return page(code, form, binding, which, session);
		}
		catch (NotFound wrongKey) {
			binding.rejectValue("key", wrongKey.messageKey(), wrongKey.messageKey());
			return page(code, form, binding, which, session);
		}
		catch (ActionRefused refused) {
			binding.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
			return page(code, form, binding, which, session);
		}
		redirect.addFlashAttribute("notice", done);
		return new ModelAndView("redirect:/lacak/" + parsed.value());
	}

	/**
	 * The complaint's thread when this browser session opened it with the access key; a pass the register no
	 * longer knows (restored database) is forgotten.
	 */
	private Optional<ThreadView> openedThread(TrackingCode code, HttpSession session) {
		Optional<ComplainantPass> pass = ThreadPasses.of(session, code);
		if (pass.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(threads.forComplainant(pass.get()));
		}
		catch (NotFound stale) {
			ThreadPasses.forget(session, code);
			return Optional.empty();
		}
	}

	private static AccessKey key(VerdictForm form) {
		return AccessKey.parse(form.getKey()).orElse(null);
	}

	private ModelAndView page(String code, VerdictForm form, BindingResult binding, String open, HttpSession session) {
		Optional<TrackingCode> parsed = TrackingCode.parse(code);
		Optional<ThreadView> thread = parsed.flatMap(found -> openedThread(found, session));
		Optional<PublicComplaintView> view = parsed
			.flatMap(thread.isPresent() ? tracking::viewForComplainant : tracking::view);
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
		page.addObject("thread", thread.orElse(null));
		page.addObject("threadSummary", threads.summary(parsed.get()).orElse(null));
		if (binding != null) {
			page.addObject(BindingResult.MODEL_KEY_PREFIX + "verdict", binding);
		}
		return page;
	}
}
