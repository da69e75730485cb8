package id.aduan.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.audit.AuditTrail;
import id.aduan.catalog.Catalog;
import id.aduan.system.EmailAddress;
import id.aduan.system.InvalidInput;
import id.aduan.system.MaxLength;
import id.aduan.system.PlainText;
import id.aduan.system.Problems;
import id.aduan.system.Required;

/**
 * The administrator's work on accounts, and each user's own password. New and reset accounts get a
 * one-time password that is shown once and must be changed at the first login, so that the
 * administrator never knows anyone's real password.
 */
@Component
public class AccountManagement {

	/** What the administrator types for an account. */
	public record AccountDraft(String username, @Required @MaxLength(200) @PlainText String displayName,
			@EmailAddress String email, Role role, Long unitId, boolean active) {
	}

	/** An account just created or reset, with the password to hand over once. */
	public record OneTimeLogin(StaffAccount account, String password) {
	}

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

	private static final char[] PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789"
		.toCharArray();

	private final StaffAccounts accounts;

	private final Catalog catalog;

	private final PasswordEncoder passwords;

	private final Clock clock;

	private final AuditTrail audit;

	private final PasswordPolicy policy;

	private final SecureRandom random = new SecureRandom();

	AccountManagement(StaffAccounts accounts, Catalog catalog, PasswordEncoder passwords, Clock clock, AuditTrail audit,
			PasswordPolicy policy) {
		this.accounts = accounts;
		this.catalog = catalog;
		this.passwords = passwords;
		this.clock = clock;
		this.audit = audit;
		this.policy = policy;
	}

	public List<StaffAccount> all() {
		return accounts.all();
	}

	public Optional<StaffAccount> find(long id) {
		return accounts.byId(id);
	}

	public Optional<StaffAccount> findByUsername(String username) {
		return accounts.byUsername(username);
	}

	/** Active accounts of a role, e.g. the coordinators to tell of an overdue complaint. */
	public List<StaffAccount> activeWithRole(Role role) {
		return accounts.activeWithRole(role);
	}

	/** Active accounts of a role in the given units, e.g. the unit officers to notify of a routed complaint. */
	public List<StaffAccount> activeInUnits(Collection<Long> unitIds, Role role) {
		return accounts.activeInUnits(unitIds, role);
	}

	/** An account created by Aduan itself (the first run). */
	@Transactional
	public OneTimeLogin create(AccountDraft draft) {
		return create(draft, Actor.system());
	}

	@Transactional
	public OneTimeLogin create(AccountDraft draft, Actor by) {
		Problems problems = new Problems();
		String username = draft.username() == null ? "" : draft.username().trim().toLowerCase();
		if (username.isEmpty()) {
			problems.add("username", "field.required");
		}
		else if (!USERNAME.matcher(username).matches()) {
			problems.add("username", "account.username.format");
		}
		else {
			problems.check(accounts.byUsername(username).isEmpty(), "username", "account.username.taken", username);
		}
		check(draft, problems);
		problems.throwIfAny();
		String password = oneTimePassword();
		long id = accounts.add(username, draft.displayName().trim(), Problems.blankToNull(draft.email()),
				draft.role(), draft.unitId(), passwords.encode(password), clock.instant());
		audit.record(by.name(), "ACCOUNT_CREATED", "staff_account", String.valueOf(id), describe(username, draft));
		return new OneTimeLogin(accounts.byId(id).orElseThrow(), password);
	}

	@Transactional
	public void update(long id, AccountDraft draft, Actor by) {
		StaffAccount account = accounts.byId(id).orElseThrow(() -> InvalidInput.of("id", "account.unknown"));
		Problems problems = new Problems();
		check(draft, problems);
		boolean self = by.accountId() != null && by.accountId() == account.id();
		problems.check(!self || (draft.active() && draft.role() == Role.ADMIN), "active", "account.self.lockout");
		problems.throwIfAny();
		accounts.update(id, draft.displayName().trim(), Problems.blankToNull(draft.email()), draft.role(),
				draft.unitId(), draft.active());
		audit.record(by.name(), "ACCOUNT_CHANGED", "staff_account", String.valueOf(id), describe(account.username(), draft));
	}

	@Transactional
	public OneTimeLogin resetPassword(long id, Actor by) {
		StaffAccount account = accounts.byId(id).orElseThrow(() -> InvalidInput.of("id", "account.unknown"));
		String password = oneTimePassword();
		accounts.setPassword(id, passwords.encode(password), true);
		audit.record(by.name(), "ACCOUNT_PASSWORD_RESET", "staff_account", String.valueOf(id), account.username());
		return new OneTimeLogin(accounts.byId(account.id()).orElseThrow(), password);
	}

	/**
	 * The user's own change: the current password proves it is them, the new one must be a real one
	 * ({@link PasswordPolicy}: long enough, not common, not the username, not a run of keys).
	 */
	@Transactional
	public void changePassword(long id, String current, String replacement, String confirmation) {
		StaffAccount account = accounts.byId(id).orElseThrow(() -> InvalidInput.of("id", "account.unknown"));
		String hash = accounts.passwordHash(id).orElseThrow();
		Problems problems = new Problems();
		problems.check(current != null && passwords.matches(current, hash), "currentPassword",
				"account.password.current");
		List<PasswordPolicy.Problem> weak = policy.problems(account.username(), replacement);
		weak.forEach(problem -> problems.add("newPassword", problem.messageKey(), problem.arguments().toArray()));
		if (weak.isEmpty()) {
			problems.check(!passwords.matches(replacement, hash), "newPassword", "account.password.same");
			problems.check(replacement.equals(confirmation), "confirmPassword", "account.password.confirm");
		}
		problems.throwIfAny();
		accounts.setPassword(id, passwords.encode(replacement), false);
		audit.record(account.displayName(), "ACCOUNT_PASSWORD_CHANGED", "staff_account", String.valueOf(id),
				account.username());
	}

	/** What an audit line says about an account: never a password, only who it is and what it may do. */
	private static String describe(String username, AccountDraft draft) {
		return username + ": " + draft.role() + ", unit " + draft.unitId() + (draft.active() ? "" : ", nonaktif");
	}

	/** The logged-in user after changing their one-time password, so the session stops asking for it. */
	public StaffPrincipal principalAfterPasswordChange(StaffPrincipal before) {
		return before.withPasswordChanged();
	}

	long count() {
		return accounts.count();
	}

	private void check(AccountDraft draft, Problems problems) {
		problems.validate(draft);
		if (draft.role() == null || !draft.role().isStaff()) {
			problems.add("role", "account.role.required");
		}
		else if (draft.role() == Role.UNIT_OFFICER) {
			problems.check(draft.unitId() != null && catalog.unit(draft.unitId()).isPresent(), "unitId",
					"account.unit.required");
		}
		else {
			problems.check(draft.unitId() == null || catalog.unit(draft.unitId()).isPresent(), "unitId",
					"account.unit.unknown");
		}
	}

	private String oneTimePassword() {
		StringBuilder password = new StringBuilder(14);
		for (int i = 0; i < 14; i++) {
			password.append(PASSWORD_ALPHABET[random.nextInt(PASSWORD_ALPHABET.length)]);
		}
		return password.toString();
	}
}
