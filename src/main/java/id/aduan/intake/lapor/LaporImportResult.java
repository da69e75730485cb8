package id.aduan.intake.lapor;

import java.util.List;

/** What an import did: complaints created, updated with what LAPOR! changed, and left as they were. */
public record LaporImportResult(int rows, List<String> created, List<String> updated, int unchanged) {
}
