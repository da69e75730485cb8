package id.aduan.reports;

import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.aduan.system.DatabaseProduct;

/**
 * The running tally of complaints per day, unit and breakdown item that PostgreSQL keeps by trigger
 * (migrations V9 and {@code db/vendor/postgresql/V9_1}): a year of a large office is a few hundred
 * thousand small rows, so the dashboard adds them up in a fraction of the time counting the complaints
 * would take. The trigger appends each change to {@code complaint_tally_delta} (V34) so that
 * registrations never wait for each other; the counts are the tally plus those rows, until
 * {@link TallyFolding} moves them in. On H2 no tally is kept and {@link #kept()} says so.
 */
@Component
class ComplaintTally {

	/** The tally's breakdown codes, as the migration numbers them; 0 is "every complaint". */
	private static final Map<Integer, Breakdown.Dimension> DIMENSIONS = Map.of(1, Breakdown.Dimension.CHANNEL, 2,
			Breakdown.Dimension.CATEGORY, 3, Breakdown.Dimension.RESPONSE_TIME, 4, Breakdown.Dimension.SERVICE, 5,
			Breakdown.Dimension.FORM, 6, Breakdown.Dimension.REPORT_TYPE, 7, Breakdown.Dimension.RATING, 8,
			Breakdown.Dimension.STATUS);

	private static final String SUMS = "sum(t.counted) n, sum(t.duplicates) d, sum(t.not_ours) o, sum(t.rated) r, "
			+ "sum(t.score_sum) s, sum(t.solved) v";

	private final JdbcClient jdbc;

	private final DatabaseProduct database;

	ComplaintTally(JdbcClient jdbc, DatabaseProduct database) {
		this.jdbc = jdbc;
		this.database = database;
	}

	/** Whether the database keeps the tally: PostgreSQL does. */
	boolean kept() {
		return database.isPostgres();
	}


	/** The period's counts, for the whole office ({@code units} null) or a set of units. */
	Counts counts(ReportPeriod period, Set<Long> units) {
		Map<String, Object> params = new HashMap<>();
		params.put("from", period.from());
		params.put("to", period.to());
		String where = " from (select * from complaint_tally union all select * from complaint_tally_delta) t"
				+ " where t.received_on between :from and :to";
		if (units != null) {
			params.put("units", units.isEmpty() ? Set.of(-1L) : units);
			where += " and t.unit_id in (:units)";
		}
		Counts counts = new Counts();
		jdbc.sql("select t.dimension, t.item, " + SUMS + where + " group by t.dimension, t.item")
			.params(params)
			.query((ResultSet rs) -> {
				int dimension = rs.getInt("dimension");
				long item = rs.getLong("item");
				if (dimension == 0) {
					counts.status(Counts.COUNTED, rs.getLong("n"));
					counts.status("DUPLICATE", rs.getLong("d"));
					counts.status("NOT_OUR_AUTHORITY", rs.getLong("o"));
					counts.verdicts(rs.getLong("r"), rs.getLong("s"), rs.getLong("v"));
				}
				else if (DIMENSIONS.containsKey(dimension)) {
					counts.item(DIMENSIONS.get(dimension), item < 0 ? null : item, rs.getLong("n"), rs.getLong("r"),
							rs.getLong("s"), rs.getLong("v"));
				}
			});
		jdbc.sql("select t.unit_id, " + SUMS + where + " and t.dimension = 0 group by t.unit_id")
			.params(params)
			.query((ResultSet rs) -> {
				long unit = rs.getLong("unit_id");
				counts.item(Breakdown.Dimension.UNIT, unit == 0 ? null : unit, rs.getLong("n"), rs.getLong("r"),
						rs.getLong("s"), rs.getLong("v"));
			});
		jdbc.sql("select extract(year from t.received_on) * 100 + extract(month from t.received_on) m, " + SUMS + where
				+ " and t.dimension = 0 group by extract(year from t.received_on) * 100 + extract(month from t.received_on)")
			.params(params)
			.query((ResultSet rs) -> {
				counts.item(Breakdown.Dimension.MONTH, rs.getLong("m"), rs.getLong("n"), 0, 0, 0);
			});
		return counts;
	}
}
