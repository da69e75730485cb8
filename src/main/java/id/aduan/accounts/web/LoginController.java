package id.aduan.accounts.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import id.aduan.accounts.Role;
import id.aduan.accounts.StaffPrincipal;

@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "accounts/login";
	}

	/**
	 * The login page for a refused {@code POST /login}, reached only by the login throttle's forward
	 * (which has set 429 and {@code Retry-After}): says how many minutes to wait.
	 */
	@RequestMapping("/login/terkunci")
	String throttled(HttpServletRequest request, Model model) {
		model.addAttribute("retryMinutes", request.getAttribute("retryMinutes"));
		return "accounts/login";
	}

	/** Where a member of staff lands after logging in: the administrator at the settings, others at their inbox. */
	@GetMapping("/beranda")
	String home(@AuthenticationPrincipal StaffPrincipal staff) {
		return staff.role() == Role.ADMIN ? "redirect:/admin" : "redirect:/staf/pengaduan";
	}
}
