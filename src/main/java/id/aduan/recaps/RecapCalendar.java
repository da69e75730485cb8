package id.aduan.recaps;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.stereotype.Component;

import id.aduan.calendar.Calendars;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.WorkUnit;
import id.aduan.catalog.WorkUnitTree;

/**
 * When recaps are due and who owes them. A month's recap is due on {@code dueDay} of the next month, moved
 * to the next working day of the office's calendar when that day is not one. Every active work unit owes
 * one, except the office itself (the root of the tree), from the first month the office owes any. The
 * day and the first month are the {@link RecapCycle}'s. A month due before Aduan was installed
 * ({@link RecapStart}) has no due date that Aduan could judge: its recap is history.
 */
@Component
public class RecapCalendar {

	private final Calendars calendars;

	private final Catalog catalog;

	private final RecapCycle cycle;

	private final RecapStart start;

	private final Clock clock;

	RecapCalendar(Calendars calendars, Catalog catalog, RecapCycle cycle, RecapStart start, Clock clock) {
		this.calendars = calendars;
		this.catalog = catalog;
		this.cycle = cycle;
		this.start = start;
		this.clock = clock;
	}

	public LocalDate dueOn(YearMonth month) {
		return calendars.current().onOrAfter(month.plusMonths(1).atDay(cycle.settings().dueDay()));
	}

	/** Today in the office's time zone. */
	public LocalDate today() {
		return calendars.current().today(clock.instant());
	}

	public boolean owed(YearMonth month) {
		return cycle.settings().owed(month);
	}

	/**
	 * Whether the month's recap was due before Aduan was installed: returned now, it is history entered
	 * afterwards, not late; not returned, nobody is reminded of it.
	 */
	public boolean beforeAduan(YearMonth month) {
		return dueOn(month).isBefore(start.installedOn());
	}

	/** The units that owe a recap, in the tree's order. */
	public List<WorkUnit> owingUnits() {
		return catalog.unitTree().orderedActive().stream().map(WorkUnitTree.Node::unit).filter(u -> !u.isRoot()).toList();
	}

	/** Whether the month is over, so that its recap can be submitted and the month closed. */
	boolean isOver(YearMonth month) {
		return today().isAfter(month.atEndOfMonth());
	}

	boolean approvalRequired() {
		return cycle.settings().approvalRequired();
	}
}
