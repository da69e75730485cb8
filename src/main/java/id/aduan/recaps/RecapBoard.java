package id.aduan.recaps;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.accounts.AccountManagement;
import id.aduan.accounts.Actor;
import id.aduan.accounts.Role;
import id.aduan.accounts.StaffAccount;
import id.aduan.catalog.WorkUnit;

/**
 * The coordinator's board: every unit × month of a year, each recap on time, late by some days, missing or
 * not yet due, and each month's consolidation (closed, which revision). A unit's officers see their own
 * unit's row. The reminders ask it who has not returned a month's recap yet.
 */
@Component
@Transactional(readOnly = true)
public class RecapBoard {

	/**
	 * One unit's row; {@code withoutOfficer}: the unit has no active officer account, so the coordinator
	 * enters its recaps on its behalf; {@code headName}: who approves its recaps (none named yet: null).
	 */
	public record Row(WorkUnit unit, List<RecapStanding> cells, boolean withoutOfficer, String headName) {
	}

	/**
	 * The board of a year, up to the current month; {@code approvalRequired}: a recap goes from the unit to
	 * its head before it reaches the coordinator, so the board names each unit's head.
	 */
	public record Board(int year, List<YearMonth> months, List<Row> rows, Map<YearMonth, Revision> closed,
			LocalDate today, boolean approvalRequired) {

		public Revision closedAs(YearMonth month) {
			return closed.get(month);
		}
	}

	/**
	 * What closing a month would leave out, for the coordinator to check before confirming: the units
	 * that have not returned the month's recap (nothing submitted, or waiting for their head's approval),
	 * the units whose recap is in, and whether the due date has passed (before it, the month cannot be closed).
	 */
	public record Checklist(YearMonth month, LocalDate dueOn, boolean duePassed, List<Row> returned,
			List<Row> missing, List<Row> awaitingApproval) {

		public boolean complete() {
			return missing.isEmpty() && awaitingApproval.isEmpty();
		}
	}

	private final MonthlyRecaps recaps;

	private final RecapCalendar calendar;

	private final RecapAccess access;

	private final MonthClosing closing;

	private final AccountManagement accounts;

	RecapBoard(MonthlyRecaps recaps, RecapCalendar calendar, RecapAccess access, MonthClosing closing,
			AccountManagement accounts) {
		this.recaps = recaps;
		this.calendar = calendar;
		this.access = access;
		this.closing = closing;
		this.accounts = accounts;
	}

	public Board board(int year, Actor actor) {
		LocalDate today = calendar.today();
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth month = YearMonth.of(year, 1); month.getYear() == year
				&& !month.isAfter(YearMonth.from(today)); month = month.plusMonths(1)) {
			months.add(month);
		}
		Map<String, MonthlyRecap> byUnitMonth = new HashMap<>();
		if (!months.isEmpty()) {
			for (MonthlyRecap recap : recaps.between(months.get(0), months.get(months.size() - 1))) {
				byUnitMonth.put(recap.unitId() + "@" + recap.month(), recap);
			}
		}
		boolean all = actor.is(Role.COORDINATOR) || actor.is(Role.HEAD);
		List<WorkUnit> units = calendar.owingUnits()
			.stream()
			.filter(unit -> all || access.maySee(actor, unit.id()))
			.toList();
		Set<Long> staffed = accounts.activeInUnits(units.stream().map(WorkUnit::id).toList(), Role.UNIT_OFFICER)
			.stream()
			.map(StaffAccount::unitId)
			.collect(Collectors.toSet());
		List<Row> rows = new ArrayList<>();
		for (WorkUnit unit : units) {
			List<RecapStanding> cells = new ArrayList<>();
			for (YearMonth month : months) {
				cells.add(RecapStanding.of(month, unit.id(), calendar.owed(month), calendar.beforeAduan(month),
						calendar.dueOn(month), byUnitMonth.get(unit.id() + "@" + month), today));
			}
			String head = recaps.head(unit.id()).flatMap(accounts::find).map(StaffAccount::displayName).orElse(null);
			rows.add(new Row(unit, cells, !staffed.contains(unit.id()), head));
		}
		return new Board(year, months, rows, closing.latest(months), today, calendar.approvalRequired());
	}

	/** The checklist of a month before it is closed, from the coordinator's board (every unit). */
	public Checklist checklist(YearMonth month, Actor actor) {
		Board board = board(month.getYear(), actor);
		int column = board.months().indexOf(month);
		List<Row> returned = new ArrayList<>();
		List<Row> missing = new ArrayList<>();
		List<Row> awaiting = new ArrayList<>();
		if (column >= 0) {
			for (Row row : board.rows()) {
				RecapStanding cell = row.cells().get(column);
				if (cell.kind() == RecapStanding.Kind.NOT_OWED) {
					continue;
				}
				if (cell.returned()) {
					returned.add(row);
				}
				else if (cell.awaitingApproval()) {
					awaiting.add(row);
				}
				else {
					missing.add(row);
				}
			}
		}
		LocalDate due = calendar.dueOn(month);
		return new Checklist(month, due, board.today().isAfter(due), returned, missing, awaiting);
	}

	/**
	 * The units that owe the month's recap and have not returned it (submitted, and approved when asked);
	 * none for a month not owed or due before Aduan was installed, which nobody is reminded of.
	 */
	public List<WorkUnit> notReturned(YearMonth month) {
		if (!calendar.owed(month) || calendar.beforeAduan(month)) {
			return List.of();
		}
		Map<Long, MonthlyRecap> returned = new HashMap<>();
		recaps.between(month, month).stream().filter(MonthlyRecap::isSubmitted).forEach(r -> returned.put(r.unitId(), r));
		return calendar.owingUnits().stream().filter(unit -> !returned.containsKey(unit.id())).toList();
	}

	public LocalDate dueOn(YearMonth month) {
		return calendar.dueOn(month);
	}

	public LocalDate today() {
		return calendar.today();
	}
}
