package id.aduan;

import java.util.UUID;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import id.aduan.accounts.AccountManagement;
import id.aduan.accounts.AccountManagement.AccountDraft;
import id.aduan.accounts.Role;
import id.aduan.accounts.StaffAccount;
import id.aduan.accounts.StaffPrincipal;
import id.aduan.catalog.Catalog;

/**
 * Creates real staff accounts for tests (through the same code as the administrator's page) and
 * hands back the logged-in principal, as if the person had logged in and set their password. Lazy,
 * because a module test ({@code @ApplicationModuleTest}) scans this root package too but starts
 * without the accounts module: there no test asks for staff, and the bean is never made.
 */
@Component
@Lazy
public class Staff {

	private final AccountManagement accounts;

	private final Catalog catalog;

	public Staff(AccountManagement accounts, Catalog catalog) {
		this.accounts = accounts;
		this.catalog = catalog;
	}

	public StaffPrincipal coordinator() {
		return create(Role.COORDINATOR, "HUMAS");
	}

	public StaffPrincipal helpDesk() {
		return create(Role.HELPDESK, "HUMAS");
	}

	public StaffPrincipal head() {
		return create(Role.HEAD, "DINSOS");
	}

	public StaffPrincipal admin() {
		return create(Role.ADMIN, null);
	}

	public StaffPrincipal unitOfficer(String unitCode) {
		return create(Role.UNIT_OFFICER, unitCode);
	}

	public long unitId(String code) {
		return catalog.unitByCode(code).orElseThrow().id();
	}

	private StaffPrincipal create(Role role, String unitCode) {
		String username = role.name().toLowerCase().replace('_', '.') + "." + UUID.randomUUID().toString().substring(0, 8);
		Long unitId = unitCode == null ? null : unitId(unitCode);
		StaffAccount account = accounts
			.create(new AccountDraft(username, "Uji " + role.name(), null, role, unitId, true))
			.account();
		return new StaffPrincipal(account.id(), account.username(), null, account.displayName(), account.role(),
				account.unitId(), true, false);
	}
}
