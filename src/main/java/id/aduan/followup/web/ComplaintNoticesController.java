package id.aduan.followup.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import id.aduan.accounts.StaffPrincipal;
import id.aduan.complaints.ComplaintQueries;
import id.aduan.followup.Outbox;

/**
 * The complaint page's panel of what was sent to the complainant and to staff about it: each email,
 * WhatsApp message and SMS, whether it went out, how many attempts it took, and what the platform last
 * reported of it (delivered, read, failed). Only for staff who may see the complaint.
 */
@Controller
class ComplaintNoticesController {

	private final ComplaintQueries complaints;

	private final Outbox outbox;

	ComplaintNoticesController(ComplaintQueries complaints, Outbox outbox) {
		this.complaints = complaints;
		this.outbox = outbox;
	}

	@GetMapping("/staf/pengaduan/{id}/pemberitahuan")
	String panel(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff, Model model) {
		complaints.details(id, staff.actor());
		model.addAttribute("notifications", outbox.forComplaint(id));
		return "followup/complaint-notices :: panel";
	}
}
