package id.aduan.recaps;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.springframework.cache.Cache;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.cache.transaction.TransactionAwareCacheDecorator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.github.benmanes.caffeine.cache.Caffeine;

import id.aduan.accounts.Actor;
import id.aduan.audit.AuditTrail;
import id.aduan.system.DatabaseTime;
import id.aduan.system.Problems;

/**
 * The recap cycle in force: what the administrator set on the settings page, or, until then, the
 * {@code aduan.recaps.*} properties. The first month owed, when neither chose one, is the month Aduan was
 * installed ({@link RecapStart}): an office that starts in November owes no recap of January. Read for every cell of the board, so the current settings are kept
 * for a few seconds (a Caffeine cache behind Spring's cache abstraction); a change on this instance is
 * seen once it is committed, on the others within {@link #FRESH}.
 * Every change is in the audit trail.
 */
@Component
public class RecapCycle {

	/** How long another instance may go on with the settings it read. */
	static final Duration FRESH = Duration.ofSeconds(10);

	/** The earliest first month accepted: before Aduan, nobody can owe a recap in it. */
	private static final YearMonth EARLIEST = YearMonth.of(2000, 1);

	/**
	 * The settings as the page shows them, with who set them last (none while the properties apply).
	 * {@code firstMonth} is the one in force; {@code firstMonthChosen} tells whether someone chose it (on
	 * the page or in the properties) or it is still the month Aduan was installed, which the board then
	 * invites the administrator to confirm.
	 */
	public record Current(int dueDay, boolean approvalRequired, YearMonth firstMonth, boolean firstMonthChosen,
			LocalDate installedOn, Instant updatedAt, String updatedBy) {
	}

	private final JdbcClient jdbc;

	private final RecapSettings defaults;

	private final AuditTrail audit;

	private final RecapStart start;

	private final Clock clock;

	/** The one entry, the settings in force; forgotten after a change commits. */
	private final Cache kept = new TransactionAwareCacheDecorator(
			new CaffeineCache("recap-cycle", Caffeine.newBuilder().expireAfterWrite(FRESH).build()));

	RecapCycle(JdbcClient jdbc, RecapSettings defaults, AuditTrail audit, RecapStart start, Clock clock) {
		this.jdbc = jdbc;
		this.defaults = defaults;
		this.audit = audit;
		this.start = start;
		this.clock = clock;
	}

	/** The settings in force. */
	RecapSettings settings() {
		return kept.get("settings", () -> {
			Current current = current();
			return new RecapSettings(current.dueDay(), current.approvalRequired(), current.firstMonth());
		});
	}

	/** What the settings page shows. */
	public Current current() {
		Optional<Current> stored = stored();
		int dueDay = stored.map(Current::dueDay).orElse(defaults.dueDay());
		boolean approval = stored.map(Current::approvalRequired).orElse(defaults.approvalRequired());
		YearMonth chosen = stored.isPresent() ? stored.get().firstMonth() : defaults.firstMonth();
		LocalDate installed = start.installedOn();
		return new Current(dueDay, approval, chosen == null ? YearMonth.from(installed) : chosen, chosen != null,
				installed, stored.map(Current::updatedAt).orElse(null), stored.map(Current::updatedBy).orElse(null));
	}

	/**
	 * Sets the cycle; {@code firstMonth} as {@code YYYY-MM}, empty for the month Aduan was installed. Checks all fields first
	 * and stores nothing when one is wrong.
	 */
	@Transactional
	public void change(Integer dueDay, boolean approvalRequired, String firstMonth, Actor by) {
		Problems problems = new Problems();
		problems.check(dueDay != null && dueDay >= 1 && dueDay <= 28, "dueDay", "recapSettings.dueDay.range");
		YearMonth first = null;
		String month = Problems.blankToNull(firstMonth);
		if (month != null) {
			try {
				first = YearMonth.parse(month.strip());
				problems.check(!first.isBefore(EARLIEST), "firstMonth", "recapSettings.firstMonth.early");
			}
			catch (DateTimeParseException notAMonth) {
				problems.add("firstMonth", "recapSettings.firstMonth.format");
			}
		}
		problems.throwIfAny();
		Instant now = clock.instant();
		int updated = jdbc.sql("""
				update recap_setting set due_day = ?, approval_required = ?, first_month = ?, updated_at = ?,
				       updated_by = ? where id = 1""")
			.params(dueDay, approvalRequired, first == null ? null : first.toString(), DatabaseTime.of(now), by.name())
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into recap_setting (id, due_day, approval_required, first_month, updated_at, updated_by)
					values (1, ?, ?, ?, ?, ?)""")
				.params(dueDay, approvalRequired, first == null ? null : first.toString(), DatabaseTime.of(now), by.name())
				.update();
		}
		audit.record(by.name(), "RECAP_SETTINGS_CHANGED", "recap_setting", "1", "dueDay=" + dueDay
				+ ", approvalRequired=" + approvalRequired + ", firstMonth=" + (first == null ? "-" : first));
		kept.evict("settings");
	}

	private Optional<Current> stored() {
		return jdbc.sql("select due_day, approval_required, first_month, updated_at, updated_by from recap_setting where id = 1")
			.query((rs, row) -> new Current(rs.getInt("due_day"), rs.getBoolean("approval_required"),
					rs.getString("first_month") == null ? null : YearMonth.parse(rs.getString("first_month")),
					rs.getString("first_month") != null, null, DatabaseTime.instant(rs, "updated_at"),
					rs.getString("updated_by")))
			.optional();
	}
}
