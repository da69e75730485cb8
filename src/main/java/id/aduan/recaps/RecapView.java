package id.aduan.recaps;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import id.aduan.accounts.StaffAccount;
import id.aduan.reports.Breakdown;
import id.aduan.catalog.WorkUnit;
import id.aduan.reports.Figures;

/**
 * A unit's recap of a month as its page shows it: the figures Aduan counted for the unit
 * ({@link id.aduan.reports.ComplaintStatistics}, frozen when the month is closed), the lines received
 * outside Aduan, where it stands, and what the person looking may do with it.
 */
public record RecapView(WorkUnit unit, YearMonth month, String monthLabel, MonthlyRecap recap, Figures figures,
		List<EntryLine> entries, long outsideTotal, RecapStanding standing, LocalDate dueOn, String headName,
		List<StaffAccount> headCandidates, boolean approvalRequired, Revision closedAs, Permissions may) {

	/** One line received outside Aduan, with the names of what it refers to. */
	public record EntryLine(RecapEntry entry, String channel, String category, String form, String service) {
	}

	/**
	 * What the person looking may do now; {@code onBehalf}: they are the coordinator and fill in the recap
	 * of a unit that has no officer account.
	 */
	public record Permissions(boolean edit, boolean submit, boolean approve, boolean sendBack, boolean nameHead,
			boolean onBehalf) {
	}

	/** The breakdowns a recap shows, in the form's order: channel, category, form, service, status, response time. */
	public List<Breakdown> shownBreakdowns() {
		return List.of(figures.byChannel(), figures.byCategory(), figures.by(Breakdown.Dimension.FORM),
				figures.byService(), figures.byStatus(), figures.byResponseTime());
	}

	/** Aduan's count and the lines outside it together: what the unit returns. */
	public long total() {
		return figures.total() + (figures.usesFrozenMonths() ? 0 : outsideTotal);
	}
}
