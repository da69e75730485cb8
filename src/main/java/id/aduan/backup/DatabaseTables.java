package id.aduan.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The tables of Aduan's schema as the database itself describes them (JDBC metadata), so that a table
 * added by a later migration is backed up without anyone remembering to list it: their primary keys,
 * identity columns, columns that refer to their own table, and an order in which every table comes
 * after the tables it refers to. Left out are the tables that hold no business data: Flyway's history
 * (the restore writes its own), HTTP sessions, job leases, login attempts (which addresses failed to
 * log in lately: kept 30 days for throttling only; the locks are in the audit trail), and the complaint
 * tally with its appended changes, which PostgreSQL's triggers rebuild from the complaints as they are
 * restored (H2 does not keep one).
 */
final class DatabaseTables {

	static final Set<String> LEFT_OUT = Set.of("flyway_schema_history", "spring_session", "spring_session_attributes",
			"shedlock", "complaint_tally", "complaint_tally_delta", "login_attempt");

	/** One table: its name, primary key, identity columns and columns referring to its own rows. */
	record Table(String name, List<String> primaryKey, List<String> identity, List<String> selfReferences) {
	}

	private DatabaseTables() {
	}

	/** Every table of the connection's schema, including those left out of a backup. */
	static Set<String> all(Connection connection) throws SQLException {
		Set<String> names = new TreeSet<>();
		try (ResultSet tables = connection.getMetaData().getTables(null, schema(connection), "%", new String[] { "TABLE" })) {
			while (tables.next()) {
				names.add(tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
			}
		}
		return names;
	}

	/** The tables a backup holds, each after every table it refers to. */
	static List<Table> inDependencyOrder(Connection connection) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		String schema = schema(connection);
		Map<String, Set<String>> refersTo = new TreeMap<>();
		Map<String, Table> tables = new LinkedHashMap<>();
		for (String name : all(connection)) {
			if (LEFT_OUT.contains(name)) {
				continue;
			}
			Set<String> parents = new TreeSet<>();
			List<String> selfReferences = new ArrayList<>();
			try (ResultSet keys = meta.getImportedKeys(null, schema, name)) {
				while (keys.next()) {
					String parent = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
					if (parent.equals(name)) {
						selfReferences.add(keys.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
					}
					else {
						parents.add(parent);
					}
				}
			}
			refersTo.put(name, parents);
			tables.put(name, new Table(name, primaryKey(meta, schema, name), identity(meta, schema, name),
					List.copyOf(selfReferences)));
		}
		List<Table> ordered = new ArrayList<>();
		Set<String> placed = new LinkedHashSet<>();
		while (placed.size() < tables.size()) {
			boolean progress = false;
			for (Map.Entry<String, Set<String>> table : refersTo.entrySet()) {
				if (!placed.contains(table.getKey()) && placed.containsAll(table.getValue())) {
					placed.add(table.getKey());
					ordered.add(tables.get(table.getKey()));
					progress = true;
				}
			}
			if (!progress) {
				throw new IllegalStateException("Tables refer to each other in a circle: " + refersTo);
			}
		}
		return ordered;
	}

	private static List<String> primaryKey(DatabaseMetaData meta, String schema, String table) throws SQLException {
		Map<Integer, String> columns = new TreeMap<>();
		try (ResultSet keys = meta.getPrimaryKeys(null, schema, table)) {
			while (keys.next()) {
				columns.put(keys.getInt("KEY_SEQ"), keys.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
			}
		}
		return List.copyOf(columns.values());
	}

	private static List<String> identity(DatabaseMetaData meta, String schema, String table) throws SQLException {
		List<String> columns = new ArrayList<>();
		try (ResultSet all = meta.getColumns(null, schema, table, "%")) {
			while (all.next()) {
				if ("YES".equalsIgnoreCase(all.getString("IS_AUTOINCREMENT"))) {
					columns.add(all.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
				}
			}
		}
		return List.copyOf(columns);
	}

	private static String schema(Connection connection) throws SQLException {
		String schema = connection.getSchema();
		return schema == null ? "public" : schema;
	}
}
