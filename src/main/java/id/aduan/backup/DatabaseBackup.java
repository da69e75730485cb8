package id.aduan.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.flywaydb.core.api.MigrationVersion;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

import id.aduan.system.Sha256;

/**
 * Writes a backup: every table of the schema (see {@link DatabaseTables}) as one file of JSON lines,
 * one row per line, in a zip with a manifest. All tables are read in one read-only transaction at
 * REPEATABLE READ (on H2, SNAPSHOT), so the backup is one consistent snapshot even while Aduan keeps
 * working, on PostgreSQL or on the embedded default (reached through the running Aduan): a complaint
 * is in it with all its files and history, or not at all. Attachments are rows like any other, so data
 * and files can never come from two different moments.
 */
@Component
public class DatabaseBackup {

	/** {@code org.h2.engine.Constants.TRANSACTION_SNAPSHOT}, H2's own JDBC isolation level beyond the standard four. */
	private static final int H2_SNAPSHOT = 6;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate snapshot;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	DatabaseBackup(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.snapshot.setReadOnly(true);
	}

	/** Writes the whole database to {@code target} as a zip; returns what it holds. */
	public BackupSummary write(OutputStream target) {
		BackupManifest manifest = snapshot.execute(status -> jdbc.execute((ConnectionCallback<BackupManifest>) connection -> {
			try {
				return write(connection, target);
			}
			catch (IOException failed) {
				throw new UncheckedIOException(failed);
			}
		}));
		return BackupSummary.of(manifest, -1);
	}

	private BackupManifest write(Connection connection, OutputStream target) throws SQLException, IOException {
		if ("H2".equals(connection.getMetaData().getDatabaseProductName())) {
			// H2's REPEATABLE READ holds each table as of its first read; its SNAPSHOT holds them all as of
			// the first statement, which is what PostgreSQL's REPEATABLE READ gives.
			connection.setTransactionIsolation(H2_SNAPSHOT);
		}
		String schemaVersion = schemaVersion(connection);
		ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
		List<BackupManifest.TableFile> files = new ArrayList<>();
		for (DatabaseTables.Table table : DatabaseTables.inDependencyOrder(connection)) {
			files.add(writeTable(connection, table, zip));
		}
		BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, BackupManifest.FORMAT_VERSION,
				clock.instant().toString(), connection.getMetaData().getDatabaseProductName() + " "
						+ connection.getMetaData().getDatabaseProductVersion(),
				schemaVersion, files);
		zip.putNextEntry(new ZipEntry(BackupManifest.MANIFEST));
		zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
		zip.closeEntry();
		zip.finish();
		return manifest;
	}

	private BackupManifest.TableFile writeTable(Connection connection, DatabaseTables.Table table, ZipOutputStream zip)
			throws SQLException, IOException {
		zip.putNextEntry(new ZipEntry("tables/" + table.name() + ".jsonl"));
		MessageDigest sha256 = Sha256.digest();
		OutputStream file = new DigestOutputStream(new NonClosing(zip), sha256);
		List<BackupManifest.Column> columns = new ArrayList<>();
		long rows = 0;
		String order = table.primaryKey().isEmpty() ? "" : " order by " + String.join(", ", table.primaryKey());
		try (Statement statement = connection.createStatement()) {
			statement.setFetchSize(100);
			try (ResultSet rs = statement.executeQuery("select * from " + table.name() + order)) {
				ResultSetMetaData meta = rs.getMetaData();
				for (int i = 1; i <= meta.getColumnCount(); i++) {
					columns.add(new BackupManifest.Column(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT),
							ColumnKind.of(meta.getColumnType(i), meta.getColumnTypeName(i))));
				}
				Object[] values = new Object[columns.size()];
				while (rs.next()) {
					for (int i = 0; i < values.length; i++) {
						values[i] = columns.get(i).kind().read(rs, i + 1);
					}
					file.write(json.writeValueAsBytes(Arrays.asList(values)));
					file.write('\n');
					rows++;
				}
			}
		}
		file.flush();
		zip.closeEntry();
		return new BackupManifest.TableFile(table.name(), columns, rows, Sha256.hex(sha256));
	}

	/** The latest migration applied to the database: the schema the backup's rows fit. */
	static String schemaVersion(Connection connection) throws SQLException {
		MigrationVersion latest = null;
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(
						"select version from flyway_schema_history where success = true and version is not null")) {
			while (rs.next()) {
				MigrationVersion version = MigrationVersion.fromVersion(rs.getString(1));
				latest = latest == null || version.compareTo(latest) > 0 ? version : latest;
			}
		}
		if (latest == null) {
			throw new IllegalStateException("No migration has been applied to this database");
		}
		return latest.getVersion();
	}

	/** Lets a table's writer flush without closing the zip underneath it. */
	private static final class NonClosing extends java.io.FilterOutputStream {

		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			out.write(bytes, offset, length);
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}
}
