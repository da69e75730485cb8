package id.aduan.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

import id.aduan.system.Sha256;

/**
 * Restores a backup into an empty database, H2 or PostgreSQL, whichever the backup came from. Checks
 * first, writes after: the backup's format, every table file's checksum, that this Aduan knows the
 * backup's schema version, and that the database has no table at all (a restore never mixes two
 * registers). Then Flyway builds the schema at the backup's version (a later start of a newer
 * Aduan upgrades it as usual), the rows the migrations seeded make room for the backup's own, and all
 * rows go in, in one transaction, each table after those it refers to; a column that refers to its own
 * table (a unit's parent unit) is filled in once all the table's rows are there. Identity counters go
 * on after the highest restored id, so new complaints get new numbers.
 */
@Component
public class DatabaseRestore {

	/** Refused before anything is written; the message key says why. */
	public static final class Refused extends RuntimeException {

		private final transient Object[] arguments;

		Refused(String messageKey, Object... arguments) {
			super(messageKey);
			this.arguments = arguments;
		}

		public String messageKey() {
			return getMessage();
		}

		public Object[] arguments() {
			return arguments.clone();
		}
	}

	private static final int BATCH = 200;

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final String[] locations;

	private final JsonMapper json = JsonMapper.builder().build();

	DatabaseRestore(DataSource dataSource, JdbcTemplate jdbc, TransactionTemplate transaction,
			@Value("${spring.flyway.locations:classpath:db/migration}") String[] locations) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.locations = locations;
	}

	public BackupSummary restore(Path backup) {
		try (ZipFile zip = new ZipFile(backup.toFile(), StandardCharsets.UTF_8)) {
			BackupManifest manifest = manifest(zip);
			checkFiles(zip, manifest);
			refuseUnlessEmpty();
			migrateTo(manifest);
			List<DatabaseTables.Table> tables = inBackup(
					jdbc.execute((ConnectionCallback<List<DatabaseTables.Table>>) DatabaseTables::inDependencyOrder),
					manifest);
			Map<String, BackupManifest.TableFile> files = manifest.tables().stream()
				.collect(Collectors.toMap(BackupManifest.TableFile::name, Function.identity()));
			transaction.executeWithoutResult(status -> jdbc.execute((ConnectionCallback<Void>) connection -> {
				List<DatabaseTables.Table> reversed = new ArrayList<>(tables);
				Collections.reverse(reversed);
				try (Statement statement = connection.createStatement()) {
					for (DatabaseTables.Table table : reversed) {
						statement.executeUpdate("delete from " + table.name());
					}
				}
				for (DatabaseTables.Table table : tables) {
					load(connection, zip, table, files.get(table.name()));
				}
				return null;
			}));
			for (DatabaseTables.Table table : tables) {
				continueIdentity(table);
			}
			checkRows(tables, manifest);
			return BackupSummary.of(manifest, -1);
		}
		catch (IOException failed) {
			throw new Refused("production.restore.unreadable", backup, failed.getMessage());
		}
	}

	private BackupManifest manifest(ZipFile zip) throws IOException {
		ZipEntry entry = zip.getEntry(BackupManifest.MANIFEST);
		if (entry == null) {
			throw new Refused("production.restore.notBackup");
		}
		BackupManifest manifest;
		try (InputStream in = zip.getInputStream(entry)) {
			manifest = json.readValue(in, BackupManifest.class);
		}
		catch (RuntimeException unreadable) {
			throw new Refused("production.restore.notBackup");
		}
		if (!BackupManifest.FORMAT.equals(manifest.format()) || manifest.formatVersion() > BackupManifest.FORMAT_VERSION) {
			throw new Refused("production.restore.format", manifest.format(), manifest.formatVersion());
		}
		return manifest;
	}

	/** Reads every table file once and compares its checksum, so a damaged backup writes nothing. */
	private void checkFiles(ZipFile zip, BackupManifest manifest) throws IOException {
		for (BackupManifest.TableFile table : manifest.tables()) {
			ZipEntry entry = zip.getEntry(table.path());
			if (entry == null) {
				throw new Refused("production.restore.damaged", table.name());
			}
			MessageDigest sha256 = Sha256.digest();
			try (InputStream in = new DigestInputStream(zip.getInputStream(entry), sha256)) {
				in.transferTo(java.io.OutputStream.nullOutputStream());
			}
			if (!Sha256.hex(sha256).equals(table.sha256())) {
				throw new Refused("production.restore.damaged", table.name());
			}
		}
	}

	private void refuseUnlessEmpty() {
		Set<String> tables = jdbc.execute((ConnectionCallback<Set<String>>) DatabaseTables::all);
		if (!tables.isEmpty()) {
			throw new Refused("production.restore.notEmpty", tables.size(), String.join(", ", new TreeSet<>(tables)));
		}
	}

	/**
	 * Builds the schema at the backup's version. Migrations run in one order, so that schema is the one
	 * the backup's rows were read from, with one exception: releases before the versions were put in one
	 * order applied the office logo's migration as V16, after V31, and it is V36 now. A backup of such a
	 * database holds {@code office_logo} at a version that lacks it; the restore then runs the next
	 * migrations one at a time until the schema has every table of the backup, and no further.
	 */
	private void migrateTo(BackupManifest manifest) {
		MigrationVersion version = MigrationVersion.fromVersion(manifest.schemaVersion());
		Flyway flyway = flyway(version);
		MigrationVersion known = null;
		for (MigrationInfo migration : flyway.info().all()) {
			if (migration.getVersion() != null && (known == null || migration.getVersion().compareTo(known) > 0)) {
				known = migration.getVersion();
			}
		}
		if (known == null || version.compareTo(known) > 0) {
			throw new Refused("production.restore.newer", manifest.schemaVersion(), known == null ? "-" : known.getVersion());
		}
		flyway.migrate();
		Set<String> backupTables = manifest.tables().stream().map(BackupManifest.TableFile::name).collect(Collectors.toSet());
		for (MigrationInfo next : flyway(MigrationVersion.LATEST).info().pending()) {
			if (jdbc.execute((ConnectionCallback<Set<String>>) DatabaseTables::all).containsAll(backupTables)) {
				return;
			}
			flyway(next.getVersion()).migrate();
		}
	}

	private Flyway flyway(MigrationVersion target) {
		return Flyway.configure().dataSource(dataSource).locations(vendorLocations()).target(target).load();
	}

	/**
	 * The migration locations with {@code {vendor}} replaced as Spring Boot does for its own Flyway, so the
	 * restore builds the same schema (with the same database-specific migrations) as a start would.
	 */
	private String[] vendorLocations() {
		String vendor = jdbc.execute((ConnectionCallback<String>) connection -> DatabaseDriver
			.fromJdbcUrl(connection.getMetaData().getURL()).getId());
		return Arrays.stream(locations).map(location -> location.replace("{vendor}", vendor))
			.toArray(String[]::new);
	}

	/**
	 * The schema's tables that the backup holds, in dependency order. A table the backup does not hold is
	 * left as its migration made it: one that no backup holds ({@link DatabaseTables#LEFT_OUT}), or one
	 * that a backup made by an earlier release lacks because that release applied migrations out of
	 * order (each capability had its own range of versions), so that the backup's version did not yet
	 * include every migration at or below it. A table of the backup that the schema lacks means the
	 * backup is not of this schema, and nothing is written.
	 */
	private static List<DatabaseTables.Table> inBackup(List<DatabaseTables.Table> tables, BackupManifest manifest) {
		Set<String> here = tables.stream().map(DatabaseTables.Table::name).collect(Collectors.toCollection(TreeSet::new));
		Set<String> there = manifest.tables().stream().map(BackupManifest.TableFile::name)
			.collect(Collectors.toCollection(TreeSet::new));
		if (!here.containsAll(there)) {
			there.removeAll(here);
			throw new IllegalStateException("The schema at version " + manifest.schemaVersion() + " lacks the tables "
					+ there + " of the backup");
		}
		return tables.stream().filter(table -> there.contains(table.name())).toList();
	}

	private void load(Connection connection, ZipFile zip, DatabaseTables.Table table, BackupManifest.TableFile file)
			throws SQLException {
		List<BackupManifest.Column> columns = file.columns();
		List<String> names = columns.stream().map(BackupManifest.Column::name).toList();
		String insert = "insert into " + table.name() + " (" + String.join(", ", names) + ") values ("
				+ String.join(", ", Collections.nCopies(names.size(), "?")) + ")";
		List<Object[]> laterReferences = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement(insert);
				BufferedReader lines = new BufferedReader(
						new InputStreamReader(zip.getInputStream(zip.getEntry(file.path())), StandardCharsets.UTF_8))) {
			int batched = 0;
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				List<?> values = json.readValue(line, List.class);
				Object[] later = new Object[table.selfReferences().size()];
				for (int i = 0; i < columns.size(); i++) {
					Object value = columns.get(i).kind().bind(values.get(i));
					int self = table.selfReferences().indexOf(columns.get(i).name());
					if (self >= 0 && value != null) {
						later[self] = value;
						value = null;
					}
					statement.setObject(i + 1, value);
				}
				if (!table.selfReferences().isEmpty()) {
					laterReferences.add(new Object[] { later, key(table, columns, values) });
				}
				statement.addBatch();
				if (++batched == BATCH) {
					statement.executeBatch();
					batched = 0;
				}
			}
			if (batched > 0) {
				statement.executeBatch();
			}
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		fillSelfReferences(connection, table, laterReferences);
	}

	private static Object[] key(DatabaseTables.Table table, List<BackupManifest.Column> columns, List<?> values) {
		Object[] key = new Object[table.primaryKey().size()];
		for (int k = 0; k < key.length; k++) {
			for (int i = 0; i < columns.size(); i++) {
				if (columns.get(i).name().equals(table.primaryKey().get(k))) {
					key[k] = columns.get(i).kind().bind(values.get(i));
				}
			}
		}
		return key;
	}

	private static void fillSelfReferences(Connection connection, DatabaseTables.Table table, List<Object[]> rows)
			throws SQLException {
		if (rows.isEmpty()) {
			return;
		}
		String update = "update " + table.name() + " set "
				+ table.selfReferences().stream().map(column -> column + " = ?").collect(Collectors.joining(", "))
				+ " where " + table.primaryKey().stream().map(column -> column + " = ?").collect(Collectors.joining(" and "));
		try (PreparedStatement statement = connection.prepareStatement(update)) {
			for (Object[] row : rows) {
				Object[] later = (Object[]) row[0];
				Object[] key = (Object[]) row[1];
				int index = 1;
				for (Object value : later) {
					statement.setObject(index++, value);
				}
				for (Object value : key) {
					statement.setObject(index++, value);
				}
				statement.addBatch();
			}
			statement.executeBatch();
		}
	}

	/** New rows get ids after the restored ones ({@code restart with} reads the same on H2 and PostgreSQL). */
	private void continueIdentity(DatabaseTables.Table table) {
		for (String column : table.identity()) {
			Long highest = jdbc.queryForObject("select max(" + column + ") from " + table.name(), Long.class);
			jdbc.execute("alter table " + table.name() + " alter column " + column + " restart with "
					+ (highest == null ? 1 : highest + 1));
		}
	}

	private void checkRows(List<DatabaseTables.Table> tables, BackupManifest manifest) {
		for (DatabaseTables.Table table : tables) {
			Long rows = jdbc.queryForObject("select count(*) from " + table.name(), Long.class);
			if (rows == null || rows != manifest.rows(table.name())) {
				throw new IllegalStateException(table.name() + " has " + rows + " rows after the restore, the backup "
						+ manifest.rows(table.name()));
			}
		}
	}
}
