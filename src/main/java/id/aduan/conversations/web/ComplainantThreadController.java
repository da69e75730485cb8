package id.aduan.conversations.web;

import java.util.HashMap;
import java.util.Map;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.aduan.catalog.Catalog;
import id.aduan.complaints.AccessKey;
import id.aduan.complaints.AttachmentUpload;
import id.aduan.complaints.TrackingCode;
import id.aduan.conversations.ComplaintThreads;
import id.aduan.conversations.Via;
import id.aduan.system.InvalidInput;
import id.aduan.system.NotFound;

/**
 * The complainant's side of a complaint's thread, beside the tracking page. The access key is asked
 * once and kept in the browser session for that complaint only, so that it never travels in a link.
 */
@Controller
@RequestMapping("/lacak/{code}/percakapan")
class ComplainantThreadController {

	/** Session attribute: tracking code → access key of the threads opened in this browser session. */
	static final String OPENED = "aduan.openedThreads";

	private final ComplaintThreads threads;

	private final Catalog catalog;

	ComplainantThreadController(ComplaintThreads threads, Catalog catalog) {
		this.threads = threads;
		this.catalog = catalog;
	}

	@GetMapping
	String show(@PathVariable String code, HttpSession session, Model model) {
		TrackingCode tracking = code(code);
		Optional<AccessKey> key = opened(session, tracking);
		if (key.isEmpty()) {
			model.addAttribute("code", tracking.value());
			model.addAttribute("keyForm", new KeyForm());
			return "conversations/unlock";
		}
		if (!model.containsAttribute("messageForm")) {
			model.addAttribute("messageForm", new MessageForm());
		}
		return page(tracking, key.get(), session, model);
	}

	@PostMapping("/kunci")
	String unlock(@PathVariable String code, @ModelAttribute("keyForm") KeyForm form, HttpSession session, Model model) {
		TrackingCode tracking = code(code);
		Optional<AccessKey> key = AccessKey.parse(form.getKey());
		try {
			threads.forComplainant(tracking, key.orElse(null));
		}
		catch (NotFound wrong) {
			model.addAttribute("code", tracking.value());
			model.addAttribute("keyError", "conversation.key.wrong");
			return "conversations/unlock";
		}
		Map<String, String> keys = keys(session);
		keys.put(tracking.value(), key.get().value());
		session.setAttribute(OPENED, keys);
		return "redirect:/lacak/" + tracking.value() + "/percakapan";
	}

	@PostMapping
	String post(@PathVariable String code, @ModelAttribute("messageForm") MessageForm form, BindingResult binding,
			HttpSession session, Model model, RedirectAttributes redirect) {
		TrackingCode tracking = code(code);
		Optional<AccessKey> key = opened(session, tracking);
		if (key.isEmpty()) {
			return "redirect:/lacak/" + tracking.value() + "/percakapan";
		}
		try {
			threads.postAsComplainant(tracking, key.get(), form.getText(), AttachmentUpload.from(form.getAttachments()),
					Via.WEB);
		}
		catch (InvalidInput invalid) {
			invalid.applyTo(binding);
			return page(tracking, key.get(), session, model);
		}
		redirect.addFlashAttribute("notice", "conversation.sent");
		return "redirect:/lacak/" + tracking.value() + "/percakapan#pesan-terakhir";
	}

	@PostMapping("/tutup")
	String forget(@PathVariable String code, HttpSession session) {
		TrackingCode tracking = code(code);
		Map<String, String> keys = keys(session);
		keys.remove(tracking.value());
		session.setAttribute(OPENED, keys);
		return "redirect:/lacak/" + tracking.value();
	}

	@GetMapping("/lampiran/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable String code, @PathVariable long fileId, HttpSession session) {
		TrackingCode tracking = code(code);
		AccessKey key = opened(session, tracking).orElseThrow(() -> new NotFound("conversation.key.wrong"));
		return Downloads.of(threads.fileForComplainant(tracking, key, fileId)
			.orElseThrow(() -> new NotFound("attachment.notFound")));
	}

	private String page(TrackingCode tracking, AccessKey key, HttpSession session, Model model) {
		try {
			model.addAttribute("thread", threads.forComplainant(tracking, key));
		}
		catch (NotFound stale) {
			keys(session).remove(tracking.value());
			throw stale;
		}
		model.addAttribute("zone", catalog.office().zone());
		return "conversations/thread";
	}

	private static TrackingCode code(String code) {
		return TrackingCode.parse(code).orElseThrow(() -> new NotFound("tracking.code.unknown"));
	}

	private static Optional<AccessKey> opened(HttpSession session, TrackingCode code) {
		return AccessKey.parse(keys(session).get(code.value()));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> keys(HttpSession session) {
		Object keys = session.getAttribute(OPENED);
		if (keys == null) {
			keys = new HashMap<String, String>();
			session.setAttribute(OPENED, keys);
		}
		return (Map<String, String>) keys;
	}
}
