package id.aduan.followup.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import id.aduan.accounts.StaffPrincipal;
import id.aduan.followup.StaffNotices;

/** A member of staff's notice list: the latest notices, each opening its complaint and marked read then. */
@Controller
@RequestMapping("/staf/pemberitahuan")
class StaffNoticeController {

	private final StaffNotices notices;

	StaffNoticeController(StaffNotices notices) {
		this.notices = notices;
	}

	@GetMapping
	String list(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		model.addAttribute("notices", notices.of(staff.id(), 100));
		return "followup/notices";
	}

	@PostMapping("/{id}")
	String open(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable long id) {
		return notices.open(id, staff.id())
			.map(complaintId -> "redirect:/staf/pengaduan/" + complaintId)
			.orElse("redirect:/staf/pemberitahuan");
	}

	@PostMapping("/baca-semua")
	String readAll(@AuthenticationPrincipal StaffPrincipal staff) {
		notices.readAll(staff.id());
		return "redirect:/staf/pemberitahuan";
	}
}
