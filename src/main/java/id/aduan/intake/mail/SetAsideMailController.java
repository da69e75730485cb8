package id.aduan.intake.mail;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import id.aduan.accounts.Role;
import id.aduan.accounts.StaffPrincipal;
import id.aduan.catalog.Catalog;
import id.aduan.system.ActionRefused;
import id.aduan.system.NotFound;

/**
 * Email that could not be taken (unreadable again and again, or without a sender), for the coordinator
 * and the help desk: who sent it, when it was set aside and why, and the message itself to download and
 * register by hand. Linked from the help desk's registration page.
 */
@Controller
@RequestMapping("/staf/surel-disisihkan")
class SetAsideMailController {

	private final EmailFailures failures;

	private final Catalog catalog;

	SetAsideMailController(EmailFailures failures, Catalog catalog) {
		this.failures = failures;
		this.catalog = catalog;
	}

	@GetMapping
	String list(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		allowed(staff);
		model.addAttribute("mails", failures.setAside(200));
		model.addAttribute("zone", catalog.office().zone());
		return "intake/mail-set-aside";
	}

	@GetMapping("/{id}.eml")
	ResponseEntity<byte[]> raw(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff) {
		allowed(staff);
		byte[] raw = failures.raw(id).orElseThrow(() -> new NotFound("error.notFound.page"));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, "message/rfc822")
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("surel-" + id + ".eml").build().toString())
			.body(raw);
	}

	private static void allowed(StaffPrincipal staff) {
		if (staff.role() != Role.COORDINATOR && staff.role() != Role.HELPDESK) {
			throw new ActionRefused(ActionRefused.Reason.ROLE, "intake.mail.setAside.forbidden");
		}
	}
}
