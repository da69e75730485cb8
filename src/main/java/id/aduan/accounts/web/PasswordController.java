package id.aduan.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.aduan.accounts.AccountManagement;
import id.aduan.accounts.StaffPrincipal;
import id.aduan.system.InvalidInput;

@Controller
@RequestMapping("/akun/kata-sandi")
class PasswordController {

	private final AccountManagement accounts;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	PasswordController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String form(@ModelAttribute("form") PasswordForm form) {
		return "accounts/password";
	}

	@PostMapping
	String change(@AuthenticationPrincipal StaffPrincipal staff, @ModelAttribute("form") PasswordForm form,
			BindingResult binding, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			accounts.changePassword(staff.id(), form.getCurrentPassword(), form.getNewPassword(),
					form.getConfirmPassword());
		}
		catch (InvalidInput invalid) {
			invalid.applyTo(binding);
			return "accounts/password";
		}
		StaffPrincipal updated = accounts.principalAfterPasswordChange(staff);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(updated, null,
				updated.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		redirect.addFlashAttribute("notice", "account.password.changed");
		return "redirect:/beranda";
	}
}
