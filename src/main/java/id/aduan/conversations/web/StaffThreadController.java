package id.aduan.conversations.web;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.aduan.accounts.StaffPrincipal;
import id.aduan.catalog.Catalog;
import id.aduan.complaints.AttachmentUpload;
import id.aduan.conversations.ComplaintThreads;
import id.aduan.system.InvalidInput;
import id.aduan.system.NotFound;

/**
 * The staff side of a complaint's thread. The complaint's page loads it as a panel (htmx), and it also
 * stands as a page of its own where scripts do not run. Who may not see the complaint gets 404.
 */
@Controller
@RequestMapping("/staf/pengaduan/{id}/percakapan")
class StaffThreadController {

	private final ComplaintThreads threads;

	private final Catalog catalog;

	StaffThreadController(ComplaintThreads threads, Catalog catalog) {
		this.threads = threads;
		this.catalog = catalog;
	}

	@GetMapping
	String show(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("messageForm", new MessageForm());
		return view(id, staff, htmx, model);
	}

	@PostMapping
	String post(@PathVariable long id, @ModelAttribute("messageForm") MessageForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			RedirectAttributes redirect) {
		try {
			threads.postAsStaff(id, form.getText(), AttachmentUpload.from(form.getAttachments()), staff.actor());
		}
		catch (InvalidInput invalid) {
			invalid.applyTo(binding);
			return view(id, staff, htmx, model);
		}
		if (htmx != null) {
			model.addAttribute("messageForm", new MessageForm());
			model.addAttribute("sent", true);
			return view(id, staff, htmx, model);
		}
		redirect.addFlashAttribute("notice", "conversation.sent");
		return "redirect:/staf/pengaduan/" + id + "#percakapan";
	}

	@GetMapping("/lampiran/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId,
			@AuthenticationPrincipal StaffPrincipal staff) {
		return Downloads.of(threads.fileForStaff(id, fileId, staff.actor())
			.orElseThrow(() -> new NotFound("attachment.notFound")));
	}

	private String view(long id, StaffPrincipal staff, String htmx, Model model) {
		model.addAttribute("thread", threads.forStaff(id, staff.actor()));
		model.addAttribute("zone", catalog.office().zone());
		return htmx != null ? "conversations/staff-thread :: panel" : "conversations/staff-thread";
	}
}
