package id.aduan.followup;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.aduan.accounts.AccountManagement;
import id.aduan.accounts.Role;
import id.aduan.accounts.StaffAccount;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.WorkUnit;
import id.aduan.catalog.WorkUnitTree;

/**
 * Who to tell: the coordinators, or the officers who answer for a unit (its own and those of the units
 * above it) plus the unit's shared mailbox. Only people with an email address, each once.
 */
@Component
class Recipients {

	/** An address and how to greet its owner. */
	record Recipient(String email, String name) {
	}

	private final AccountManagement accounts;

	private final Catalog catalog;

	Recipients(AccountManagement accounts, Catalog catalog) {
		this.accounts = accounts;
		this.catalog = catalog;
	}

	Map<String, Recipient> coordinators() {
		Map<String, Recipient> to = new LinkedHashMap<>();
		for (StaffAccount account : accounts.activeWithRole(Role.COORDINATOR)) {
			add(to, account.email(), account.displayName());
		}
		return to;
	}

	/** The head (kepala) and anyone else with the head's role: who hears of an escalation. */
	Map<String, Recipient> heads() {
		Map<String, Recipient> to = new LinkedHashMap<>();
		for (StaffAccount account : accounts.activeWithRole(Role.HEAD)) {
			add(to, account.email(), account.displayName());
		}
		return to;
	}

	/** Who answers website chats: the help desk and the coordinators. */
	Map<String, Recipient> desk() {
		Map<String, Recipient> to = new LinkedHashMap<>();
		for (Role role : new Role[] { Role.HELPDESK, Role.COORDINATOR }) {
			for (StaffAccount account : accounts.activeWithRole(role)) {
				add(to, account.email(), account.displayName());
			}
		}
		return to;
	}

	Map<String, Recipient> unit(long unitId) {
		WorkUnitTree tree = catalog.unitTree();
		Map<String, Recipient> to = new LinkedHashMap<>();
		for (StaffAccount account : accounts.activeInUnits(tree.ancestorsOf(unitId), Role.UNIT_OFFICER)) {
			add(to, account.email(), account.displayName());
		}
		tree.find(unitId).map(WorkUnit::email).ifPresent(email -> add(to, email, tree.find(unitId).get().name()));
		return to;
	}

	/** The officers of exactly this unit (not of the units above it) and its mailbox: who fills in its recap. */
	Map<String, Recipient> unitItself(long unitId) {
		Map<String, Recipient> to = new LinkedHashMap<>();
		for (StaffAccount account : accounts.activeInUnits(java.util.List.of(unitId), Role.UNIT_OFFICER)) {
			add(to, account.email(), account.displayName());
		}
		catalog.unit(unitId).map(WorkUnit::email).ifPresent(email -> add(to, email, catalog.unit(unitId).get().name()));
		return to;
	}

	private static void add(Map<String, Recipient> to, String email, String name) {
		if (email != null && !email.isBlank()) {
			to.putIfAbsent(email.trim().toLowerCase(), new Recipient(email.trim(), name));
		}
	}
}
