package id.aduan.recaps;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.aduan.system.ActionRefused;
import id.aduan.system.DatabaseTime;
import id.aduan.system.Problems;

/**
 * The recaps and their entries. A unit's recap of a month is created the first time anyone opens or
 * changes it; a save is guarded by its version, so two officers submitting at once do not both win.
 */
@Component
class MonthlyRecaps {

	private static final RowMapper<MonthlyRecap> RECAP = (rs, row) -> new MonthlyRecap(rs.getLong("id"),
			rs.getLong("unit_id"), YearMonth.from(DatabaseTime.date(rs, "period_start")),
			RecapState.valueOf(rs.getString("state")), DatabaseTime.instant(rs, "submitted_at"),
			rs.getString("submitted_by"), DatabaseTime.date(rs, "returned_on"), DatabaseTime.instant(rs, "approved_at"),
			rs.getString("approved_by"), rs.getString("sent_back_note"), rs.getObject("aduan_total", Integer.class),
			rs.getObject("outside_total", Integer.class), rs.getInt("version"), rs.getBoolean("submitted_on_behalf"));

	private static final RowMapper<RecapEntry> ENTRY = (rs, row) -> new RecapEntry(rs.getLong("id"),
			rs.getLong("recap_id"), rs.getLong("channel_id"), rs.getObject("category_id", Long.class),
			rs.getObject("form_id", Long.class), rs.getObject("service_id", Long.class), rs.getString("status"),
			rs.getObject("response_days", Integer.class), rs.getInt("complaints"), rs.getString("note"),
			rs.getString("origin"), DatabaseTime.instant(rs, "added_at"), rs.getString("added_by"),
			rs.getBoolean("on_behalf"));

	private final JdbcClient jdbc;

	MonthlyRecaps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<MonthlyRecap> find(long unitId, YearMonth month) {
		return jdbc.sql("select * from recap where unit_id = ? and period_start = ?")
			.params(unitId, month.atDay(1))
			.query(RECAP)
			.optional();
	}

	MonthlyRecap findOrCreate(long unitId, YearMonth month) {
		jdbc.sql("insert into recap (unit_id, period_start, state, version) values (?, ?, 'DRAFT', 0) on conflict do nothing")
			.params(unitId, month.atDay(1))
			.update();
		return find(unitId, month).orElseThrow();
	}

	/** The recaps of the months from {@code first} to {@code last}, every unit. */
	List<MonthlyRecap> between(YearMonth first, YearMonth last) {
		return jdbc.sql("select * from recap where period_start between ? and ? order by period_start, unit_id")
			.params(first.atDay(1), last.atDay(1))
			.query(RECAP)
			.list();
	}

	void save(MonthlyRecap recap) {
		int updated = jdbc.sql("""
				update recap set state = ?, submitted_at = ?, submitted_by = ?, returned_on = ?, approved_at = ?,
				       approved_by = ?, sent_back_note = ?, aduan_total = ?, outside_total = ?, submitted_on_behalf = ?,
				       version = version + 1
				where id = ? and version = ?""")
			.params(recap.state().name(), time(recap.submittedAt()), recap.submittedBy(), recap.returnedOn(),
					time(recap.approvedAt()), recap.approvedBy(), recap.sentBackNote(), recap.aduanTotal(),
					recap.outsideTotal(), recap.submittedOnBehalf(), recap.id(), recap.version())
			.update();
		if (updated != 1) {
			throw new ActionRefused(ActionRefused.Reason.STATE, "recap.changed");
		}
	}

	List<RecapEntry> entries(long recapId) {
		return jdbc.sql("select * from recap_entry where recap_id = ? order by id").param(recapId).query(ENTRY).list();
	}

	/** The entries of the month's submitted recaps: what the units received outside Aduan, as returned. */
	List<RecapEntry> submittedEntries(YearMonth month) {
		return jdbc.sql("""
				select e.* from recap_entry e join recap r on r.id = e.recap_id
				where r.period_start = ? and r.state = 'SUBMITTED' order by e.id""")
			.param(month.atDay(1))
			.query(ENTRY)
			.list();
	}

	long unitOf(long recapId) {
		return jdbc.sql("select unit_id from recap where id = ?").param(recapId).query(Long.class).single();
	}

	void add(long recapId, EntryDraft entry, String origin, String by, boolean onBehalf, Instant at) {
		jdbc.sql("""
				insert into recap_entry (recap_id, channel_id, category_id, form_id, service_id, status, response_days,
				                         complaints, note, origin, added_at, added_by, on_behalf)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(recapId, entry.channelId(), entry.categoryId(), entry.formId(), entry.serviceId(), entry.status(),
					entry.responseDays(), entry.complaints(), Problems.blankToNull(entry.note()), origin,
					DatabaseTime.of(at), by, onBehalf)
			.update();
	}

	boolean remove(long recapId, long entryId) {
		return jdbc.sql("delete from recap_entry where id = ? and recap_id = ?").params(entryId, recapId).update() == 1;
	}

	int removeImported(long recapId) {
		return jdbc.sql("delete from recap_entry where recap_id = ? and origin = ?")
			.params(recapId, RecapEntry.IMPORT)
			.update();
	}

	Optional<Long> head(long unitId) {
		return jdbc.sql("select account_id from recap_unit_head where unit_id = ?")
			.param(unitId)
			.query(Long.class)
			.optional();
	}

	void nameHead(long unitId, long accountId, String by, Instant at) {
		if (jdbc.sql("update recap_unit_head set account_id = ?, named_at = ?, named_by = ? where unit_id = ?")
			.params(accountId, DatabaseTime.of(at), by, unitId)
			.update() == 0) {
			jdbc.sql("insert into recap_unit_head (unit_id, account_id, named_at, named_by) values (?, ?, ?, ?)")
				.params(unitId, accountId, DatabaseTime.of(at), by)
				.update();
		}
	}

	private static Object time(Instant instant) {
		return instant == null ? null : DatabaseTime.of(instant);
	}
}
