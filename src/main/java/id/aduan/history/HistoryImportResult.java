package id.aduan.history;

import java.io.Serializable;
import java.util.List;

/**
 * What an import did or, for a dry run, would do: the rows read, how many complaints were (or would
 * be) imported, how many rows were already in the register from an earlier import, the tracking codes
 * given, and a preview of the first rows. When {@code problems} is not empty nothing was stored.
 */
public record HistoryImportResult(String fileName, boolean dryRun, int rows, int imported, int alreadyImported,
		List<String> trackingCodes, List<PreviewLine> preview, List<RowProblem> problems) implements Serializable {

	/** One row as it would be registered, for the administrator to look at before importing. */
	public record PreviewLine(int row, String reference, String receivedOn, String channel, String title,
			String unit, String status, boolean alreadyImported) implements Serializable {
	}

	public HistoryImportResult {
		trackingCodes = List.copyOf(trackingCodes);
		preview = List.copyOf(preview);
		problems = List.copyOf(problems);
	}

	public boolean refused() {
		return !problems.isEmpty();
	}
}
