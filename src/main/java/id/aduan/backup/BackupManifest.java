package id.aduan.backup;

import java.util.List;

/**
 * The table of contents of a backup ({@code manifest.json}): which format and version it is written
 * in, when and from which database, the schema version (Flyway) its rows fit, and for every table its
 * columns, the number of rows and the SHA-256 of its file, so that a damaged backup is refused before
 * anything is written.
 */
record BackupManifest(String format, int formatVersion, String createdAt, String sourceDatabase,
		String schemaVersion, List<TableFile> tables) {

	static final String FORMAT = "aduan-backup";

	static final int FORMAT_VERSION = 1;

	static final String MANIFEST = "manifest.json";

	/** One table: its file in the backup, its columns in the order of every row, rows and checksum. */
	record TableFile(String name, List<Column> columns, long rows, String sha256) {

		String path() {
			return "tables/" + name + ".jsonl";
		}
	}

	record Column(String name, ColumnKind kind) {
	}

	long rows(String table) {
		return tables.stream().filter(t -> t.name().equals(table)).mapToLong(TableFile::rows).sum();
	}
}
