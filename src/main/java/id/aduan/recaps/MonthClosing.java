package id.aduan.recaps;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.accounts.Actor;
import id.aduan.accounts.Role;
import id.aduan.audit.AuditTrail;
import id.aduan.language.IndonesianDates;
import id.aduan.reports.ClosedMonth;
import id.aduan.reports.ClosedMonths;
import id.aduan.reports.ComplaintStatistics;
import id.aduan.reports.FrozenCount;
import id.aduan.system.ActionRefused;
import id.aduan.system.DatabaseTime;
import id.aduan.system.Problems;

/**
 * Consolidation: the coordinator closes a month once it is over, which freezes the office's figures for
 * it — the complaints in the register, counted by {@link ComplaintStatistics}, plus what every unit that
 * has returned its recap received outside Aduan. From then on every report covering the whole month shows
 * those figures, whatever changes in the register. A correction (a recap returned late, a complaint
 * reclassified) is a new revision, frozen the same way, with its reason and who made it; reports use the
 * latest and say which.
 */
@Component
public class MonthClosing implements ClosedMonths {

	private static final RowMapper<Revision> REVISION = (rs, row) -> new Revision(
			YearMonth.from(DatabaseTime.date(rs, "period_start")), rs.getInt("revision"),
			DatabaseTime.instant(rs, "made_at"), rs.getString("made_by"), rs.getString("reason"), rs.getLong("total"));

	private final JdbcClient jdbc;

	private final ComplaintStatistics statistics;

	private final MonthlyRecaps recaps;

	private final RecapCalendar calendar;

	private final AuditTrail audit;

	private final Clock clock;

	MonthClosing(JdbcClient jdbc, ComplaintStatistics statistics, MonthlyRecaps recaps, RecapCalendar calendar,
			AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.statistics = statistics;
		this.recaps = recaps;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Closes a month whose recaps were due: revision 1. Not before the due date has passed, when units may
	 * still return their recaps on time.
	 */
	@Transactional
	public Revision close(YearMonth month, Actor by) {
		coordinatorOnly(by);
		if (!calendar.isOver(month)) {
			throw new ActionRefused(ActionRefused.Reason.STATE, "recap.close.notOver");
		}
		if (!calendar.today().isAfter(calendar.dueOn(month))) {
			throw new ActionRefused(ActionRefused.Reason.STATE, "recap.close.beforeDue",
					IndonesianDates.formal(calendar.dueOn(month)));
		}
		if (latest(month).isPresent()) {
			throw new ActionRefused(ActionRefused.Reason.STATE, "recap.close.already");
		}
		Revision revision = freeze(month, 1, null, by);
		audit.record(by.name(), "MONTH_CLOSED", "recap_month", month.toString(),
				"revisi 1, " + revision.total() + " pengaduan");
		return revision;
	}

	/** A correction of a closed month: its figures frozen again from today's data, as the next revision. */
	@Transactional
	public Revision revise(YearMonth month, String reason, Actor by) {
		coordinatorOnly(by);
		new Problems().validate(new RecapNote(reason)).throwIfAny();
		Revision last = latest(month)
			.orElseThrow(() -> new ActionRefused(ActionRefused.Reason.STATE, "recap.revise.notClosed"));
		Revision revision = freeze(month, last.revision() + 1, reason.trim(), by);
		audit.record(by.name(), "MONTH_REVISED", "recap_month", month.toString(),
				"revisi " + revision.revision() + ", " + revision.total() + " pengaduan: " + reason.trim());
		return revision;
	}

	public Optional<Revision> latest(YearMonth month) {
		return jdbc.sql("select * from recap_revision where period_start = ? order by revision desc fetch first 1 rows only")
			.param(month.atDay(1))
			.query(REVISION)
			.optional();
	}

	/** Every revision of the month, first to last. */
	public List<Revision> revisions(YearMonth month) {
		return jdbc.sql("select * from recap_revision where period_start = ? order by revision")
			.param(month.atDay(1))
			.query(REVISION)
			.list();
	}

	/** The latest revision of each closed month among these. */
	public Map<YearMonth, Revision> latest(Collection<YearMonth> months) {
		Map<YearMonth, Revision> latest = new HashMap<>();
		if (months.isEmpty()) {
			return latest;
		}
		jdbc.sql("select * from recap_revision where period_start in (:months) order by period_start, revision")
			.param("months", months.stream().map(m -> m.atDay(1)).toList())
			.query(REVISION)
			.list()
			.forEach(revision -> latest.put(revision.month(), revision));
		return latest;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<YearMonth, ClosedMonth> closed(Collection<YearMonth> months) {
		Map<YearMonth, ClosedMonth> closed = new HashMap<>();
		for (Revision revision : latest(months).values()) {
			List<FrozenCount> counts = jdbc
				.sql("select * from recap_frozen_count where period_start = ? and revision = ?")
				.params(revision.month().atDay(1), revision.revision())
				.query((rs, row) -> new FrozenCount(rs.getObject("unit_id", Long.class), rs.getString("dimension"),
						rs.getString("item"), rs.getLong("complaints"), rs.getLong("rated"), rs.getLong("score_sum"),
						rs.getLong("solved")))
				.list();
			closed.put(revision.month(), new ClosedMonth(revision.month(), revision.revision(), counts));
		}
		return closed;
	}

	private Revision freeze(YearMonth month, int number, String reason, Actor by) {
		List<FrozenCount> counts = new ArrayList<>(statistics.countsToFreeze(month));
		for (RecapEntry entry : recaps.submittedEntries(month)) {
			counts.addAll(FrozenCount.outsideAduan(recaps.unitOf(entry.recapId()), entry.channelId(),
					entry.categoryId(), entry.formId(), entry.serviceId(), entry.status(), entry.responseDays(),
					entry.complaints()));
		}
		long total = counts.stream()
			.filter(FrozenCount::isTotalCounted)
			.mapToLong(FrozenCount::count)
			.sum();
		Revision revision = new Revision(month, number, clock.instant(), by.name(), reason, total);
		try {
			jdbc.sql("""
					insert into recap_revision (period_start, revision, made_at, made_by, reason, total)
					values (?, ?, ?, ?, ?, ?)""")
				.params(month.atDay(1), number, DatabaseTime.of(revision.madeAt()), by.name(), reason, total)
				.update();
		}
		catch (DuplicateKeyException someoneElse) {
			throw new ActionRefused(ActionRefused.Reason.STATE, "recap.changed");
		}
		for (FrozenCount count : counts) {
			jdbc.sql("""
					insert into recap_frozen_count (period_start, revision, unit_id, dimension, item, complaints, rated,
					                                score_sum, solved)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(month.atDay(1), number, count.unitId(), count.dimension(), count.item(), count.count(),
						count.rated(), count.scoreSum(), count.solved())
				.update();
		}
		return revision;
	}

	private static void coordinatorOnly(Actor by) {
		if (!by.is(Role.COORDINATOR)) {
			throw new ActionRefused(ActionRefused.Reason.ROLE, "recap.close.role");
		}
	}
}
