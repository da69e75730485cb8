package id.aduan.accounts.web;

import id.aduan.accounts.AccountManagement.AccountDraft;
import id.aduan.accounts.Role;
import id.aduan.accounts.StaffAccount;

/** The administrator's form for a staff account. */
public class AccountForm {

	private String username;

	private String displayName;

	private String email;

	private Role role = Role.UNIT_OFFICER;

	private Long unitId;

	private boolean active = true;

	static AccountForm of(StaffAccount account) {
		AccountForm form = new AccountForm();
		form.username = account.username();
		form.displayName = account.displayName();
		form.email = account.email();
		form.role = account.role();
		form.unitId = account.unitId();
		form.active = account.active();
		return form;
	}

	AccountDraft toDraft() {
		return new AccountDraft(username, displayName, email, role, unitId, active);
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public Role getRole() {
		return role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public Long getUnitId() {
		return unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}
}
