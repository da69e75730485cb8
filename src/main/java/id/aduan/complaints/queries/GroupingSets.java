package id.aduan.complaints.queries;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.aduan.system.DatabaseProduct;

/**
 * Several {@code GROUP BY}s over the same rows at once: one set grouped by the "always" columns only,
 * and one more per key column, grouped by the always columns and that key. On PostgreSQL this is
 * {@code GROUP BY GROUPING SETS}, one pass over the rows however many breakdowns a report has; H2,
 * which has no grouping sets, gets the same result from a {@code UNION ALL} of plain group-bys (an
 * office on H2 has few enough complaints for that). Either way the caller reads the same rows.
 */
@Component
class GroupingSets {

	/**
	 * One result row: {@code set} is -1 for the always-only set, else the index of its key column;
	 * {@code key} is that column's value (null for complaints without one).
	 */
	record Row(int set, List<Object> always, Object key, long[] aggregates) {

		Object always(int index) {
			return always.get(index);
		}

		long aggregate(int index) {
			return aggregates[index];
		}
	}

	private final JdbcClient jdbc;

	private final DatabaseProduct database;

	GroupingSets(JdbcClient jdbc, DatabaseProduct database) {
		this.jdbc = jdbc;
		this.database = database;
	}

	/**
	 * Runs the sets over {@code from} (a {@code " from … where …"} clause with named parameters) and hands
	 * every row to {@code handler}. Aggregates are read as longs (a null sum as 0).
	 */
	void query(String from, List<String> always, List<String> keys, List<String> aggregates,
			Map<String, Object> params, Consumer<Row> handler) {
		String sql = database.isPostgres() ? withGroupingSets(from, always, keys, aggregates)
				: withUnion(from, always, keys, aggregates);
		jdbc.sql(sql).params(params).query((ResultSet rs) -> {
			int grouping = rs.getInt("g");
			int set = -1;
			for (int i = 0; i < keys.size(); i++) {
				if ((grouping & bit(i, keys.size())) == 0) {
					set = i;
				}
			}
			List<Object> alwaysValues = new ArrayList<>();
			for (int i = 0; i < always.size(); i++) {
				alwaysValues.add(rs.getObject("a" + i));
			}
			long[] sums = new long[aggregates.size()];
			for (int i = 0; i < sums.length; i++) {
				sums[i] = rs.getLong("n" + i);
			}
			handler.accept(new Row(set, alwaysValues, set < 0 ? null : rs.getObject("k" + set), sums));
		});
	}


	private static String withGroupingSets(String from, List<String> always, List<String> keys,
			List<String> aggregates) {
		List<String> sets = new ArrayList<>();
		sets.add("(" + String.join(", ", always) + ")");
		for (String key : keys) {
			List<String> set = new ArrayList<>(always);
			set.add(key);
			sets.add("(" + String.join(", ", set) + ")");
		}
		return "select grouping(" + String.join(", ", keys) + ") g" + columns(always, keys, -1, false)
				+ aggregates(aggregates) + from + " group by grouping sets (" + String.join(", ", sets) + ")";
	}

	private static String withUnion(String from, List<String> always, List<String> keys, List<String> aggregates) {
		List<String> branches = new ArrayList<>();
		int all = (1 << keys.size()) - 1;
		for (int set = -1; set < keys.size(); set++) {
			List<String> groupBy = new ArrayList<>(always);
			if (set >= 0) {
				groupBy.add(keys.get(set));
			}
			int grouping = set < 0 ? all : all & ~bit(set, keys.size());
			branches.add("select " + grouping + " g" + columns(always, keys, set, true) + aggregates(aggregates) + from
					+ (groupBy.isEmpty() ? "" : " group by " + String.join(", ", groupBy)));
		}
		return String.join(" union all ", branches);
	}

	/** ", a0, …, k0, …": the always columns, then the keys; in a union branch, keys it does not group by are nulls. */
	private static String columns(List<String> always, List<String> keys, int set, boolean union) {
		StringBuilder columns = new StringBuilder();
		for (int i = 0; i < always.size(); i++) {
			columns.append(", ").append(always.get(i)).append(" a").append(i);
		}
		for (int i = 0; i < keys.size(); i++) {
			String value = !union || i == set ? keys.get(i) : "cast(null as bigint)";
			columns.append(", ").append(value).append(" k").append(i);
		}
		return columns.toString();
	}

	private static String aggregates(List<String> aggregates) {
		StringBuilder columns = new StringBuilder();
		for (int i = 0; i < aggregates.size(); i++) {
			columns.append(", ").append(aggregates.get(i)).append(" n").append(i);
		}
		return columns.toString();
	}

	/** The bit {@code grouping(k0, …, kn)} sets for a key not grouped by: the first key is the highest bit. */
	private static int bit(int index, int keys) {
		return 1 << (keys - 1 - index);
	}
}
