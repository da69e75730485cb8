package id.aduan.coaching.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import id.aduan.accounts.Actor;
import id.aduan.accounts.Role;
import id.aduan.accounts.StaffPrincipal;
import id.aduan.catalog.Catalog;
import id.aduan.coaching.Attendance;
import id.aduan.coaching.AttendeeKind;
import id.aduan.coaching.SessionDocumentation;
import id.aduan.coaching.SessionPlanning;
import id.aduan.coaching.SessionQueries;
import id.aduan.coaching.SelfCheckIn;
import id.aduan.complaints.AttachmentUpload;
import id.aduan.system.ActionRefused;
import id.aduan.system.InvalidInput;

/**
 * A session's page: what it was, who came, its photos and the complaints it followed up, its number
 * and its documents; for the coordinator, the forms to add to all of these. A refused or invalid step
 * shows the page again with what was typed and the reason beside the form.
 */
@Controller
@RequestMapping("/staf/pembinaan/{id}")
class SessionPageController {

	/** Something the coordinator tried on the session. */
	@FunctionalInterface
	private interface Step {
		void run(Actor actor);
	}

	private final SessionQueries queries;

	private final SessionPlanning planning;

	private final Attendance attendance;

	private final SessionDocumentation documentation;

	private final SelfCheckIn checkIn;

	private final Catalog catalog;

	private final MessageSource messages;

	SessionPageController(SessionQueries queries, SessionPlanning planning, Attendance attendance,
			SessionDocumentation documentation, SelfCheckIn checkIn, Catalog catalog, MessageSource messages) {
		this.queries = queries;
		this.planning = planning;
		this.attendance = attendance;
		this.documentation = documentation;
		this.checkIn = checkIn;
		this.catalog = catalog;
		this.messages = messages;
	}

	@GetMapping
	String show(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff, Model model) {
		return page(id, staff, model);
	}

	@PostMapping("/orang")
	String addPerson(@PathVariable long id, @ModelAttribute("personForm") PersonForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect) {
		return act(id, "people", staff, binding, model, redirect, "coaching.attendee.added",
				actor -> attendance.add(id, kind(form), form.toDraft(), actor));
	}

	@PostMapping("/orang/daftar")
	String addList(@PathVariable long id, @ModelAttribute("listForm") PersonForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect) {
		return act(id, "list", staff, binding, model, redirect, "coaching.attendee.listAdded",
				actor -> attendance.addList(id, kind(form), form.getList(), actor));
	}

	@PostMapping("/orang/{attendeeId}/hapus")
	String removePerson(@PathVariable long id, @PathVariable long attendeeId,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		attendance.remove(id, attendeeId, staff.actor());
		redirect.addFlashAttribute("notice", "coaching.attendee.removed");
		return "redirect:/staf/pembinaan/" + id + "#orang";
	}

	@PostMapping("/foto")
	String upload(@PathVariable long id, @ModelAttribute("photoForm") DocumentationForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect) {
		return act(id, "photos", staff, binding, model, redirect, "coaching.photo.added",
				actor -> documentation.upload(id, AttachmentUpload.from(form.getPhotos()), form.getCaption(), actor));
	}

	@PostMapping("/foto/{photoId}/laporan")
	String choosePhoto(@PathVariable long id, @PathVariable long photoId, @RequestParam boolean chosen,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		documentation.chooseForReport(id, photoId, chosen, staff.actor());
		redirect.addFlashAttribute("notice", chosen ? "coaching.photo.chosen" : "coaching.photo.unchosen");
		return "redirect:/staf/pembinaan/" + id + "#dokumentasi";
	}

	@PostMapping("/pengaduan")
	String link(@PathVariable long id, @ModelAttribute("linkForm") DocumentationForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect) {
		return act(id, "complaints", staff, binding, model, redirect, "coaching.complaint.added",
				actor -> documentation.linkComplaint(id, form.getTrackingCode(), actor));
	}

	@PostMapping("/pengaduan/{complaintId}/hapus")
	String unlink(@PathVariable long id, @PathVariable long complaintId, @AuthenticationPrincipal StaffPrincipal staff,
			RedirectAttributes redirect) {
		documentation.unlinkComplaint(id, complaintId, staff.actor());
		redirect.addFlashAttribute("notice", "coaching.complaint.removed");
		return "redirect:/staf/pembinaan/" + id + "#pengaduan";
	}

	@PostMapping("/pengaduan/{complaintId}/foto/{attachmentId}/laporan")
	String chooseComplaintPhoto(@PathVariable long id, @PathVariable long complaintId, @PathVariable long attachmentId,
			@RequestParam boolean chosen, @RequestParam(required = false) String caption,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		documentation.chooseComplaintPhoto(id, complaintId, attachmentId, caption, chosen, staff.actor());
		redirect.addFlashAttribute("notice", chosen ? "coaching.photo.chosen" : "coaching.photo.unchosen");
		return "redirect:/staf/pembinaan/" + id + "#pengaduan";
	}

	@PostMapping("/absensi/buka")
	String openCheckIn(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff) {
		checkIn.open(id, staff.actor());
		return "redirect:/staf/pembinaan/" + id + "/absensi";
	}

	@PostMapping("/absensi/tutup")
	String closeCheckIn(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff,
			RedirectAttributes redirect) {
		checkIn.close(id, staff.actor());
		redirect.addFlashAttribute("notice", "coaching.checkIn.closedNotice");
		return "redirect:/staf/pembinaan/" + id + "#orang";
	}

	/** The QR code to show on a projector or print at the door, while check-in is open. */
	@GetMapping("/absensi")
	String checkInCode(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff, Model model) {
		planning.mustManage(staff.actor());
		var details = queries.details(id, staff.actor());
		String token = details.session().checkInToken();
		if (token == null) {
			return "redirect:/staf/pembinaan/" + id + "#orang";
		}
		String address = ServletUriComponentsBuilder.fromCurrentContextPath().path("/hadir/" + token).toUriString();
		model.addAttribute("d", details);
		model.addAttribute("address", address);
		model.addAttribute("qr", checkIn.qrCode(address));
		return "coaching/check-in-code";
	}

	@PostMapping("/nomor")
	String number(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff, Model model,
			RedirectAttributes redirect) {
		try {
			planning.issueNumber(id, staff.actor());
			redirect.addFlashAttribute("notice", "coaching.number.issued");
			return "redirect:/staf/pembinaan/" + id;
		}
		catch (InvalidInput invalid) {
			model.addAttribute("problem", text(invalid.problems().get(0).messageKey(),
					invalid.problems().get(0).arguments().toArray()));
		}
		catch (ActionRefused refused) {
			if (refused.reason() == ActionRefused.Reason.ROLE) {
				throw refused;
			}
			model.addAttribute("problem", text(refused.messageKey(), refused.arguments()));
		}
		return page(id, staff, model);
	}

	private String act(long id, String section, StaffPrincipal staff, BindingResult binding, Model model,
			RedirectAttributes redirect, String notice, Step step) {
		if (!binding.hasErrors()) {
			try {
				step.run(staff.actor());
				redirect.addFlashAttribute("notice", notice);
				return "redirect:/staf/pembinaan/" + id + "#" + section;
			}
			catch (InvalidInput invalid) {
				invalid.applyTo(binding);
			}
		}
		model.addAttribute("openSection", section);
		return page(id, staff, model);
	}

	private String page(long id, StaffPrincipal staff, Model model) {
		model.addAttribute("d", queries.details(id, staff.actor()));
		model.addAttribute("manager", staff.role() == Role.COORDINATOR);
		model.addAttribute("zone", catalog.office().zone());
		if (!model.containsAttribute("personForm")) {
			model.addAttribute("personForm", new PersonForm());
		}
		if (!model.containsAttribute("listForm")) {
			model.addAttribute("listForm", new PersonForm());
		}
		if (!model.containsAttribute("photoForm")) {
			model.addAttribute("photoForm", new DocumentationForm());
		}
		if (!model.containsAttribute("linkForm")) {
			model.addAttribute("linkForm", new DocumentationForm());
		}
		return "coaching/session";
	}

	private static AttendeeKind kind(PersonForm form) {
		return form.getKind() == null ? AttendeeKind.PARTICIPANT : form.getKind();
	}

	private String text(String key, Object[] arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}
}
