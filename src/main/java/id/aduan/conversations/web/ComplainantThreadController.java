package id.aduan.conversations.web;

import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.aduan.catalog.Catalog;
import id.aduan.complaints.AccessKey;
import id.aduan.complaints.AttachmentUpload;
import id.aduan.complaints.TrackingCode;
import id.aduan.conversations.ComplainantPass;
import id.aduan.conversations.ComplaintThreads;
import id.aduan.conversations.ThreadPasses;
import id.aduan.conversations.Via;
import id.aduan.system.InvalidInput;
import id.aduan.system.NotFound;

/**
 * The complainant's side of a complaint's thread, beside the tracking page. The access key is asked
 * once, so that it never travels in a link; the browser session then keeps a {@link ComplainantPass} for
 * that complaint ({@link ThreadPasses}), never the key, because sessions are stored in the database. The
 * tracking page shows the same thread and sends its forms here with {@code kembali=lacak}, to come back.
 */
@Controller
@RequestMapping("/lacak/{code}/percakapan")
class ComplainantThreadController {

	/**
	 * A form's hidden field naming the page to return to: {@code lacak} for the tracking page, where the
	 * thread is shown too; else the thread's own page.
	 */
	static final String RETURN = "kembali";

	static final String TRACKING_PAGE = "lacak";

	private final ComplaintThreads threads;

	private final Catalog catalog;

	ComplainantThreadController(ComplaintThreads threads, Catalog catalog) {
		this.threads = threads;
		this.catalog = catalog;
	}

	@GetMapping
	String show(@PathVariable String code, HttpSession session, Model model) {
		TrackingCode tracking = code(code);
		Optional<ComplainantPass> pass = opened(session, tracking);
		if (pass.isEmpty()) {
			model.addAttribute("code", tracking.value());
			model.addAttribute("keyForm", new KeyForm());
			return "conversations/unlock";
		}
		if (!model.containsAttribute("messageForm")) {
			model.addAttribute("messageForm", new MessageForm());
		}
		return page(tracking, pass.get(), session, model);
	}

	@PostMapping("/kunci")
	String unlock(@PathVariable String code, @ModelAttribute("keyForm") KeyForm form,
			@RequestParam(name = RETURN, required = false) String back, HttpSession session, Model model,
			RedirectAttributes redirect) {
		TrackingCode tracking = code(code);
		ComplainantPass pass;
		try {
			pass = threads.open(tracking, AccessKey.parse(form.getKey()).orElse(null));
		}
		catch (NotFound wrong) {
			if (TRACKING_PAGE.equals(back)) {
				redirect.addFlashAttribute("keyError", "conversation.key.wrong");
				return "redirect:/lacak/" + tracking.value() + "#percakapan";
			}
			model.addAttribute("code", tracking.value());
			model.addAttribute("keyError", "conversation.key.wrong");
			return "conversations/unlock";
		}
		ThreadPasses.keep(session, pass);
		return TRACKING_PAGE.equals(back) ? "redirect:/lacak/" + tracking.value() + "#percakapan"
				: "redirect:/lacak/" + tracking.value() + "/percakapan";
	}

	@PostMapping
	String post(@PathVariable String code, @ModelAttribute("messageForm") MessageForm form, BindingResult binding,
			@RequestParam(name = RETURN, required = false) String back, HttpSession session, Model model,
			RedirectAttributes redirect) {
		TrackingCode tracking = code(code);
		Optional<ComplainantPass> pass = opened(session, tracking);
		if (pass.isEmpty()) {
			return "redirect:/lacak/" + tracking.value() + "/percakapan";
		}
		try {
			threads.postAsComplainant(pass.get(), form.getText(), AttachmentUpload.from(form.getAttachments()), Via.WEB);
		}
		catch (InvalidInput invalid) {
			invalid.applyTo(binding);
			return page(tracking, pass.get(), session, model);
		}
		redirect.addFlashAttribute("notice", "conversation.sent");
		return TRACKING_PAGE.equals(back) ? "redirect:/lacak/" + tracking.value() + "#pesan-terakhir"
				: "redirect:/lacak/" + tracking.value() + "/percakapan#pesan-terakhir";
	}

	@PostMapping("/tutup")
	String forget(@PathVariable String code, HttpSession session) {
		TrackingCode tracking = code(code);
		ThreadPasses.forget(session, tracking);
		return "redirect:/lacak/" + tracking.value();
	}

	@GetMapping("/lampiran/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable String code, @PathVariable long fileId, HttpSession session) {
		TrackingCode tracking = code(code);
		ComplainantPass pass = opened(session, tracking).orElseThrow(() -> new NotFound("conversation.key.wrong"));
		return Downloads.of(threads.fileForComplainant(pass, fileId)
			.orElseThrow(() -> new NotFound("attachment.notFound")));
	}

	private String page(TrackingCode tracking, ComplainantPass pass, HttpSession session, Model model) {
		try {
			model.addAttribute("thread", threads.forComplainant(pass));
		}
		catch (NotFound stale) {
			ThreadPasses.forget(session, tracking);
			throw stale;
		}
		model.addAttribute("zone", catalog.office().zone());
		return "conversations/thread";
	}

	private static TrackingCode code(String code) {
		return TrackingCode.parse(code).orElseThrow(() -> new NotFound("tracking.code.unknown"));
	}

	private static Optional<ComplainantPass> opened(HttpSession session, TrackingCode code) {
		return ThreadPasses.of(session, code);
	}
}
