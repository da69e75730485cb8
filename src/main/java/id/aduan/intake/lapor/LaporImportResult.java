package id.aduan.intake.lapor;

import java.io.Serializable;
import java.util.List;

/**
 * What an import did: complaints created, updated with what LAPOR! changed, and left as they were.
 * Serializable because the page after the import shows it as a flash attribute, which lives in the
 * session, and sessions live in the database (Spring Session JDBC); the lists are copied into
 * immutable, serializable ones.
 */
public record LaporImportResult(int rows, List<String> created, List<String> updated, int unchanged)
		implements Serializable {

	public LaporImportResult {
		created = List.copyOf(created);
		updated = List.copyOf(updated);
	}
}
