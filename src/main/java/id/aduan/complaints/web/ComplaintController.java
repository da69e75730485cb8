package id.aduan.complaints.web;

import java.nio.charset.StandardCharsets;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

import id.aduan.accounts.Actor;
import id.aduan.accounts.StaffPrincipal;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceList;
import id.aduan.complaints.AttachmentUpload;
import id.aduan.complaints.ComplaintDetails;
import id.aduan.complaints.ComplaintHandling;
import id.aduan.complaints.ComplaintQueries;
import id.aduan.complaints.ComplaintQueries.AttachmentContent;
import id.aduan.complaints.ReplyTemplates;
import id.aduan.system.ActionRefused;
import id.aduan.system.InvalidInput;
import id.aduan.system.NotFound;

/**
 * A complaint's page for staff and the actions on it. A refused or invalid action shows the page
 * again with the user's text kept and the reason beside the form.
 */
@Controller
@RequestMapping("/staf/pengaduan/{id}")
class ComplaintController {

	/** Something the user tried on a complaint, for re-showing the page when it is refused. */
	@FunctionalInterface
	private interface Step {
		void run(Actor actor);
	}

	private final ComplaintQueries queries;

	private final ComplaintHandling handling;

	private final Catalog catalog;

	private final MessageSource messages;

	private final ReplyTemplates replies;

	ComplaintController(ComplaintQueries queries, ComplaintHandling handling, Catalog catalog,
			MessageSource messages, ReplyTemplates replies) {
		this.replies = replies;
		this.queries = queries;
		this.handling = handling;
		this.catalog = catalog;
		this.messages = messages;
	}

	/**
	 * The complaint's page; with {@code templat}, the answer form opened and filled from that reply
	 * template, to edit before sending.
	 */
	@GetMapping
	String show(@PathVariable long id, @RequestParam(name = "templat", required = false) Long template,
			@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		ActionForm form = new ActionForm();
		if (template != null) {
			form.setAnswer(replies.filled(template, id, staff.actor()));
			model.addAttribute("openAction", "ANSWER");
			model.addAttribute("chosenTemplate", template);
		}
		model.addAttribute("actionForm", form);
		return page(id, staff, model);
	}

	@PostMapping("/tugaskan")
	String assign(@PathVariable long id, @ModelAttribute("actionForm") ActionForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect) {
		return act(id, "ASSIGN", staff, binding, model, redirect,
				actor -> handling.assign(id, form.getVersion(), form.getOfficerId(), actor));
	}

	@PostMapping("/verifikasi")
	String verify(@PathVariable long id, @ModelAttribute("actionForm") ActionForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect) {
		return act(id, "VERIFY", staff, binding, model, redirect,
				actor -> handling.verify(id, form.getVersion(), form.classification(), form.getUnitId(), form.getNote(), actor));
	}

	@PostMapping("/klasifikasi")
	String classify(@PathVariable long id, @ModelAttribute("actionForm") ActionForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect) {
		return act(id, "CLASSIFY", staff, binding, model, redirect,
				actor -> handling.classify(id, form.getVersion(), form.classification(), actor));
	}

	@PostMapping("/disposisi")
	String route(@PathVariable long id, @ModelAttribute("actionForm") ActionForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect) {
		return act(id, "ROUTE", staff, binding, model, redirect,
				actor -> handling.route(id, form.getVersion(), form.getUnitId(), form.getNote(), actor));
	}

	@PostMapping("/tindak-lanjut")
	String followUp(@PathVariable long id, @ModelAttribute("actionForm") ActionForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect) {
		return act(id, "FOLLOW_UP", staff, binding, model, redirect,
				actor -> handling.recordFollowUp(id, form.getVersion(), form.getNote(), AttachmentUpload.from(form.getPhotos()), actor));
	}

	@PostMapping("/jawab")
	String answer(@PathVariable long id, @ModelAttribute("actionForm") ActionForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect) {
		return act(id, "ANSWER", staff, binding, model, redirect,
				actor -> handling.answer(id, form.getVersion(), form.getAnswer(), actor));
	}

	@PostMapping("/tutup")
	String close(@PathVariable long id, @ModelAttribute("actionForm") ActionForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect) {
		return act(id, "CLOSE", staff, binding, model, redirect,
				actor -> handling.close(id, form.getVersion(), form.getNote(), actor));
	}

	@PostMapping("/tunda")
	String hold(@PathVariable long id, @ModelAttribute("actionForm") ActionForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect) {
		return act(id, "HOLD", staff, binding, model, redirect,
				actor -> handling.hold(id, form.getVersion(), form.getReason(), actor));
	}

	@PostMapping("/lanjutkan")
	String resume(@PathVariable long id, @ModelAttribute("actionForm") ActionForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect) {
		return act(id, "RESUME", staff, binding, model, redirect,
				actor -> handling.resume(id, form.getVersion(), form.getNote(), actor));
	}

	@PostMapping("/bukan-wewenang")
	String refer(@PathVariable long id, @ModelAttribute("actionForm") ActionForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect) {
		return act(id, "REFER", staff, binding, model, redirect,
				actor -> handling.refer(id, form.getVersion(), form.getDestination(), form.getNote(), actor));
	}

	@PostMapping("/tolak")
	String reject(@PathVariable long id, @ModelAttribute("actionForm") ActionForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect) {
		return act(id, "REJECT", staff, binding, model, redirect,
				actor -> handling.reject(id, form.getVersion(), form.getReason(), actor));
	}

	@PostMapping("/duplikat")
	String duplicate(@PathVariable long id, @ModelAttribute("actionForm") ActionForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect) {
		return act(id, "MARK_DUPLICATE", staff, binding, model, redirect,
				actor -> handling.markDuplicate(id, form.getVersion(), form.getOriginalCode(), form.getReason(), actor));
	}

	@PostMapping("/buka-kembali")
	String reopen(@PathVariable long id, @ModelAttribute("actionForm") ActionForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect) {
		return act(id, "REOPEN", staff, binding, model, redirect,
				actor -> handling.reopen(id, form.getVersion(), form.getReason(), actor));
	}

	@PostMapping("/kembalikan")
	String giveBack(@PathVariable long id, @ModelAttribute("actionForm") ActionForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect) {
		return act(id, "RETURN", staff, binding, model, redirect,
				actor -> handling.returnToCoordinator(id, form.getVersion(), form.getReason(), actor));
	}

	@PostMapping("/catatan")
	String note(@PathVariable long id, @ModelAttribute("actionForm") ActionForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect) {
		return act(id, "NOTE", staff, binding, model, redirect,
				actor -> handling.addNote(id, form.getVersion(), form.getNote(), actor));
	}

	/** The coordinator looks at an anonymous complainant; the look is recorded before anything is shown. */
	@PostMapping("/identitas")
	String revealIdentity(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff, Model model) {
		try {
			model.addAttribute("revealed", handling.revealIdentity(id, staff.actor()));
		}
		catch (ActionRefused refused) {
			model.addAttribute("problem", text(refused.messageKey(), refused.arguments()));
		}
		model.addAttribute("actionForm", new ActionForm());
		return page(id, staff, model);
	}

	@GetMapping("/lampiran/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId,
			@AuthenticationPrincipal StaffPrincipal staff) {
		AttachmentContent file = queries.attachment(id, attachmentId, staff.actor())
			.orElseThrow(() -> new NotFound("attachment.notFound"));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.attachment().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename(file.attachment().fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	private String act(long id, String action, StaffPrincipal staff, BindingResult binding, Model model,
			RedirectAttributes redirect, Step step) {
		if (!binding.hasErrors()) {
			try {
				step.run(staff.actor());
				redirect.addFlashAttribute("notice", "complaint.action.done." + action);
				return "redirect:/staf/pengaduan/" + id;
			}
			catch (InvalidInput invalid) {
				invalid.applyTo(binding);
			}
			catch (ActionRefused refused) {
				model.addAttribute("problem", text(refused.messageKey(), refused.arguments()));
			}
		}
		model.addAttribute("openAction", action);
		return page(id, staff, model);
	}

	private String page(long id, StaffPrincipal staff, Model model) {
		ComplaintDetails details = queries.details(id, staff.actor());
		model.addAttribute("d", details);
		model.addAttribute("officers",
				details.can("ASSIGN") ? queries.assignableOfficers(id, staff.actor()) : java.util.List.of());
		model.addAttribute("replyTemplates",
				details.can("ANSWER") ? replies.forComplaint(id, staff.actor()) : java.util.List.of());
		model.addAttribute("units", catalog.unitTree().orderedActive());
		model.addAttribute("reportTypes", catalog.activeItems(ReferenceList.REPORT_TYPE));
		model.addAttribute("forms", catalog.activeItems(ReferenceList.FORM));
		model.addAttribute("categories", catalog.activeItems(ReferenceList.CATEGORY));
		model.addAttribute("services", catalog.activeServices());
		model.addAttribute("zone", catalog.office().zone());
		return "complaints/detail";
	}

	private String text(String key, Object[] arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}
}
