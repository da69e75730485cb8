package id.aduan.recaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.aduan.Staff;
import id.aduan.accounts.Actor;
import id.aduan.catalog.Catalog;
import id.aduan.reports.Breakdown;
import id.aduan.reports.ComplaintStatistics;
import id.aduan.reports.Figures;
import id.aduan.reports.ReportPeriod;

/**
 * Closing a month freezes exactly what counting it said: for the office and for a unit with its sub-units,
 * every breakdown and the verdicts, whether the live counts come from the complaints (H2) or from the
 * tally (PostgreSQL). Only what units returned from outside Aduan is added. March 2014.
 */
abstract class ClosingContract {

	static final YearMonth MARCH = YearMonth.of(2014, 3);

	static final Locale ID = Locale.forLanguageTag("id");

	@Autowired
	ComplaintStatistics statistics;

	@Autowired
	MonthClosing closing;

	@Autowired
	RecapSubmission recaps;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Catalog catalog;

	@Autowired
	Staff staff;

	@Test
	void aClosedMonthCountsAsItWasCountedPlusWhatUnitsReturnedFromOutsideAduan() {
		Register register = new Register(jdbc, catalog);
		register.complaint("ADU-TT28-2222", "2014-03-01", "EMAIL", "BANSOS", "LINJAMSOS", "CLOSED", 0);
		register.complaint("ADU-TT28-2223", "2014-03-05", "X", "DATA", "TAGANA", "ANSWERED", 2);
		register.complaint("ADU-TT28-2224", "2014-03-09", "PHONE", null, null, "RECEIVED", null);
		register.complaint("ADU-TT28-2225", "2014-03-12", "PHONE", "BANSOS", "PFM", "DUPLICATE", null);
		register.complaint("ADU-TT28-2226", "2014-03-20", "LAPOR", "PETUGAS", "REHSOS", "NOT_OUR_AUTHORITY", null);
		register.complaint("ADU-TT28-2227", "2014-03-31", "WALK_IN", "SARPRAS", "REHSOS", "IN_FOLLOW_UP", null);
		register.complaint("ADU-TT28-2228", "2014-02-14", "EMAIL", "BANSOS", "LINJAMSOS", "CLOSED", 1);
		jdbc.sql("update complaint set rating_score = 4, rating_solved = true where tracking_code = 'ADU-TT28-2222'")
			.update();
		jdbc.sql("update complaint set rating_score = 2, rating_solved = false where tracking_code = 'ADU-TT28-2223'")
			.update();
		long linjamsos = register.unit("LINJAMSOS");
		ReportPeriod quarter = ReportPeriod.quarter(2014, 1);

		Figures office = statistics.figures(quarter, null, ID);
		Figures unit = statistics.figures(quarter, linjamsos, ID);
		assertThat(office.total()).isEqualTo(5);

		Actor officer = staff.unitOfficer("REHSOS").actor();
		recaps.addEntry(register.unit("REHSOS"), MARCH,
				new EntryDraft(register.channel("WALK_IN"), register.category("BANSOS"), null, null, "CLOSED", 1, 3, null),
				officer);
		recaps.submit(register.unit("REHSOS"), MARCH, officer, ID);
		recaps.addEntry(register.unit("PFM"), MARCH,
				new EntryDraft(register.channel("EMAIL"), null, null, null, "CLOSED", null, 9, "belum dikirim"),
				staff.unitOfficer("PFM").actor());
		assertThat(statistics.figures(quarter, null, ID)).as("open months count the register only").isEqualTo(office);

		Revision revision = closing.close(MARCH, staff.coordinator().actor());
		assertThat(revision.total()).as("4 in March + 3 returned by REHSOS; PFM's draft is not returned")
			.isEqualTo(4 + 3);

		Figures closed = statistics.figures(quarter, null, ID);
		assertThat(closed.revisions()).containsExactly(Map.entry(MARCH, 1));
		assertThat(closed.total()).isEqualTo(office.total() + 3);
		assertThat(closed.duplicates()).isEqualTo(office.duplicates());
		assertThat(closed.notOurAuthority()).isEqualTo(office.notOurAuthority());
		assertThat(closed.ratings()).isEqualTo(office.ratings());
		assertThat(counts(closed.byChannel())).containsEntry("WALK_IN", counts(office.byChannel()).get("WALK_IN") + 3);
		assertThat(counts(closed.byUnit())).containsEntry("REHSOS", 4L).containsEntry("LINJAMSOS", 2L)
			.containsEntry("TAGANA", 1L);
		assertThat(counts(closed.byStatus())).containsEntry("CLOSED", 5L);
		for (Breakdown breakdown : closed.breakdowns().values()) {
			assertThat(breakdown.total()).as("%s", breakdown.dimension()).isEqualTo(8);
		}

		Figures closedUnit = statistics.figures(quarter, linjamsos, ID);
		assertThat(closedUnit.breakdowns()).as("nothing returned from outside Aduan for LINJAMSOS")
			.isEqualTo(unit.breakdowns());
		assertThat(closedUnit.ratings()).isEqualTo(unit.ratings());

		Figures partial = statistics.figures(new ReportPeriod(MARCH.atDay(1), MARCH.atDay(20)), null, ID);
		assertThat(partial.revisions()).as("part of a month is counted live").isEmpty();
		assertThat(partial.total()).isEqualTo(3);
	}

	private static Map<String, Long> counts(Breakdown breakdown) {
		Map<String, Long> counts = new java.util.HashMap<>();
		breakdown.lines().forEach(line -> counts.put(line.code(), line.count()));
		return counts;
	}
}
