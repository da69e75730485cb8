package id.aduan.accounts.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.aduan.accounts.AccountManagement;
import id.aduan.accounts.AccountManagement.OneTimeLogin;
import id.aduan.accounts.LoginThrottle;
import id.aduan.accounts.Role;
import id.aduan.accounts.StaffAccount;
import id.aduan.accounts.StaffPrincipal;
import id.aduan.catalog.Catalog;
import id.aduan.system.InvalidInput;
import id.aduan.system.NotFound;

@Controller
@RequestMapping("/admin/akun")
class AccountAdminController {

	private final AccountManagement accounts;

	private final Catalog catalog;

	private final LoginThrottle throttle;

	AccountAdminController(AccountManagement accounts, Catalog catalog, LoginThrottle throttle) {
		this.accounts = accounts;
		this.catalog = catalog;
		this.throttle = throttle;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("roles", Role.assignable());
		model.addAttribute("units", catalog.unitTree().ordered());
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("accounts", accounts.all());
		model.addAttribute("unitTree", catalog.unitTree());
		model.addAttribute("locked", throttle.lockedUsernames());
		return "accounts/list";
	}

	/** Lifts the login lock of an account at once, e.g. after its owner called to say it was them. */
	@PostMapping("/{id}/buka-kunci")
	String unlock(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		throttle.unlock(account(id).username(), staff.actor());
		redirect.addFlashAttribute("notice", "account.unlocked");
		return "redirect:/admin/akun";
	}

	@GetMapping("/baru")
	String createForm(Model model) {
		model.addAttribute("form", new AccountForm());
		model.addAttribute("creating", true);
		return "accounts/edit";
	}

	@PostMapping("/baru")
	String create(@ModelAttribute("form") AccountForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		if (binding.hasErrors()) {
			model.addAttribute("creating", true);
			return "accounts/edit";
		}
		try {
			OneTimeLogin login = accounts.create(form.toDraft(), staff.actor());
			model.addAttribute("login", login);
			return "accounts/one-time";
		}
		catch (InvalidInput invalid) {
			invalid.applyTo(binding);
			model.addAttribute("creating", true);
			return "accounts/edit";
		}
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		StaffAccount account = account(id);
		model.addAttribute("account", account);
		model.addAttribute("form", AccountForm.of(account));
		return "accounts/edit";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") AccountForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		model.addAttribute("account", account(id));
		if (binding.hasErrors()) {
			return "accounts/edit";
		}
		try {
			accounts.update(id, form.toDraft(), staff.actor());
		}
		catch (InvalidInput invalid) {
			invalid.applyTo(binding);
			return "accounts/edit";
		}
		return "redirect:/admin/akun";
	}

	@PostMapping("/{id}/reset")
	String reset(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff, Model model) {
		account(id);
		model.addAttribute("login", accounts.resetPassword(id, staff.actor()));
		return "accounts/one-time";
	}

	private StaffAccount account(long id) {
		return accounts.find(id).orElseThrow(() -> new NotFound("account.unknown"));
	}
}
