package id.aduan.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.audit.AuditTrail;
import id.aduan.system.DatabaseTime;

/**
 * Slows down whoever guesses staff passwords (OWASP ASVS 2.2.1), counting failed logins in the
 * database ({@code login_attempt}) so that every instance behind the load balancer sees the same count.
 * <ul>
 * <li>Per account: from the {@value #ACCOUNT_LIMIT}th consecutive failure for one username within
 * {@link #WINDOW}, that username is refused (HTTP 429) for every password until the failures fall out of
 * the window. A successful login or an administrator's unlock ends the run of failures.</li>
 * <li>Per address, separately: {@value #ADDRESS_LIMIT} failures from one address within the window,
 * whatever the usernames, refuse that address: one machine trying many accounts is stopped too.</li>
 * </ul>
 * The attacker must not be able to keep the real user out. A lock ends with its window (attempts that
 * are refused are not counted, so hammering a locked account does not lengthen the lock), the
 * administrator can lift it at once, and an address from which the account logged in successfully in
 * the last {@link #KNOWN_FOR} counts only its own failures for that account: guesses from elsewhere do
 * not lock the owner out at their usual desk, while guesses from that same address still stop at the
 * limit. Every lock is recorded in the audit trail. Rows older than {@link #KNOWN_FOR} are deleted as
 * new ones are written.
 */
@Component
public class LoginThrottle {

	static final int ACCOUNT_LIMIT = 10;

	static final int ADDRESS_LIMIT = 30;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration KNOWN_FOR = Duration.ofDays(30);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditTrail audit;

	LoginThrottle(JdbcClient jdbc, Clock clock, AuditTrail audit) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.audit = audit;
	}

	/** How long this username may not log in from this address; empty when it may try. */
	@Transactional(readOnly = true)
	public Optional<Duration> refusal(String username, String address) {
		Instant now = clock.instant();
		Optional<Instant> until = later(accountLockedUntil(name(username), address(address), now),
				addressLockedUntil(address(address), now));
		return until.map(end -> Duration.between(now, end)).filter(wait -> !wait.isNegative() && !wait.isZero());
	}

	/** A failed login: counted, and when it starts a lock, the lock goes into the audit trail. */
	@Transactional
	public void failed(String username, String address) {
		String name = name(username);
		String from = address(address);
		Instant now = clock.instant();
		boolean accountWasLocked = accountLockedUntil(name, from, now).isPresent();
		boolean addressWasLocked = addressLockedUntil(from, now).isPresent();
		insert(name, from, "FAILED", now);
		if (!accountWasLocked) {
			accountLockedUntil(name, from, now).ifPresent(until -> audit.record("sistem", "LOGIN_LOCKED", "login", name,
					ACCOUNT_LIMIT + " kali gagal masuk dalam " + WINDOW.toMinutes() + " menit, terakhir dari " + from
							+ "; dikunci sampai " + until.truncatedTo(ChronoUnit.SECONDS)));
		}
		if (!addressWasLocked) {
			addressLockedUntil(from, now).ifPresent(until -> audit.record("sistem", "LOGIN_ADDRESS_LOCKED", "login_address",
					from, ADDRESS_LIMIT + " kali gagal masuk dalam " + WINDOW.toMinutes() + " menit, terakhir untuk " + name
							+ "; dikunci sampai " + until.truncatedTo(ChronoUnit.SECONDS)));
		}
	}

	/** A successful login: ends the run of failures and makes the address known for this account. */
	@Transactional
	public void succeeded(String username, String address) {
		Instant now = clock.instant();
		insert(name(username), address(address), "SUCCEEDED", now);
		jdbc.sql("delete from login_attempt where attempted_at < ?").param(DatabaseTime.of(now.minus(KNOWN_FOR))).update();
	}

	/** The usernames locked now for addresses they have not logged in from, as the administrator sees them. */
	@Transactional(readOnly = true)
	public Set<String> lockedUsernames() {
		Object windowStart = DatabaseTime.of(clock.instant().minus(WINDOW));
		return Set.copyOf(jdbc.sql("""
				select f.username from login_attempt f
				where f.outcome = 'FAILED' and f.attempted_at > ?
				  and not exists (select 1 from login_attempt r where r.username = f.username
				                  and r.outcome in ('SUCCEEDED', 'UNLOCKED') and r.attempted_at >= f.attempted_at)
				group by f.username having count(*) >= ?""")
			.params(windowStart, ACCOUNT_LIMIT)
			.query(String.class)
			.list());
	}

	/** The administrator lifts the lock of an account at once, e.g. after the owner called. */
	@Transactional
	public void unlock(String username, Actor by) {
		String name = name(username);
		insert(name, "-", "UNLOCKED", clock.instant());
		audit.record(by.name(), "LOGIN_UNLOCKED", "login", name, null);
	}

	private Optional<Instant> accountLockedUntil(String username, String address, Instant now) {
		Instant since = since(username, now);
		boolean known = jdbc.sql("""
				select count(*) from login_attempt
				where username = ? and address = ? and outcome = 'SUCCEEDED' and attempted_at >= ?""")
			.params(username, address, DatabaseTime.of(now.minus(KNOWN_FOR)))
			.query(Long.class)
			.single() > 0;
		return lockedUntil(username, known ? address : null, ACCOUNT_LIMIT, since, now);
	}

	private Optional<Instant> addressLockedUntil(String address, Instant now) {
		return lockedUntil(null, address, ADDRESS_LIMIT, now.minus(WINDOW), now);
	}

	/**
	 * Locked until the limit-th newest failure since {@code since} leaves the window: then fewer than
	 * the limit are left in it.
	 */
	private Optional<Instant> lockedUntil(String username, String address, int limit, Instant since, Instant now) {
		StringBuilder sql = new StringBuilder("select attempted_at from login_attempt where outcome = 'FAILED' and attempted_at > ?");
		List<Object> params = new ArrayList<>();
		params.add(DatabaseTime.of(since));
		if (username != null) {
			sql.append(" and username = ?");
			params.add(username);
		}
		if (address != null) {
			sql.append(" and address = ?");
			params.add(address);
		}
		sql.append(" order by attempted_at desc limit 1 offset ").append(limit - 1);
		return jdbc.sql(sql.toString())
			.params(params)
			.query((rs, row) -> DatabaseTime.instant(rs, "attempted_at"))
			.optional()
			.map(oldest -> oldest.plus(WINDOW))
			.filter(until -> until.isAfter(now));
	}

	/** Failures count from the start of the window, or from the last success or unlock if later. */
	private Instant since(String username, Instant now) {
		Instant windowStart = now.minus(WINDOW);
		return jdbc.sql("""
				select max(attempted_at) last_reset from login_attempt
				where username = ? and outcome in ('SUCCEEDED', 'UNLOCKED')""")
			.param(username)
			.query((rs, row) -> Optional.ofNullable(DatabaseTime.instant(rs, "last_reset")))
			.single()
			.filter(last -> last.isAfter(windowStart))
			.orElse(windowStart);
	}

	private void insert(String username, String address, String outcome, Instant at) {
		jdbc.sql("insert into login_attempt (username, address, outcome, attempted_at) values (?, ?, ?, ?)")
			.params(username, address, outcome, DatabaseTime.of(at))
			.update();
	}

	private static Optional<Instant> later(Optional<Instant> one, Optional<Instant> other) {
		if (one.isEmpty()) {
			return other;
		}
		return other.isPresent() && other.get().isAfter(one.get()) ? other : one;
	}

	private static String name(String username) {
		String name = username == null ? "" : username.trim().toLowerCase();
		return name.length() > 200 ? name.substring(0, 200) : name;
	}

	private static String address(String address) {
		String value = address == null || address.isBlank() ? "-" : address;
		return value.length() > 64 ? value.substring(0, 64) : value;
	}
}
