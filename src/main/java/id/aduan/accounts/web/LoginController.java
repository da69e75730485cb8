package id.aduan.accounts.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import id.aduan.accounts.Role;
import id.aduan.accounts.StaffPrincipal;

@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "accounts/login";
	}

	/** Where a member of staff lands after logging in: the administrator at the settings, others at their inbox. */
	@GetMapping("/beranda")
	String home(@AuthenticationPrincipal StaffPrincipal staff) {
		return staff.role() == Role.ADMIN ? "redirect:/admin" : "redirect:/staf/pengaduan";
	}
}
