package id.aduan.history;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import id.aduan.accounts.Actor;
import id.aduan.accounts.Role;
import id.aduan.audit.AuditTrail;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceItem;
import id.aduan.catalog.ReferenceList;
import id.aduan.complaints.ComplaintHistory;
import id.aduan.complaints.ComplaintHistory.PastComplaint;
import id.aduan.complaints.TrackingCode;
import id.aduan.reports.Sanctions;
import id.aduan.system.ActionRefused;
import id.aduan.system.SpreadsheetTable;

/**
 * Imports the office's history from a CSV or XLSX file: every row is checked before any is stored; if
 * any is refused nothing is stored; rows whose {@code reference} an earlier import brought in are left
 * alone, so the same file imported twice adds nothing. The whole file is one transaction, sanctions
 * recorded with their complaints included. A dry run
 * checks and previews without storing.
 */
@Service
public class HistoryImport {

	/** How XLSX date cells are read: as ISO date-times, like the CSV's. */
	private static final DateTimeFormatter XLSX_DATES = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

	private static final int PREVIEW_ROWS = 50;

	private final ComplaintHistory history;

	private final Catalog catalog;

	private final AuditTrail audit;

	private final Sanctions sanctions;

	private final TransactionTemplate transaction;

	private final Clock clock;

	HistoryImport(ComplaintHistory history, Catalog catalog, AuditTrail audit, Sanctions sanctions,
			TransactionTemplate transaction, Clock clock) {
		this.history = history;
		this.sanctions = sanctions;
		this.catalog = catalog;
		this.audit = audit;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** Whether the register holds no complaint at all. */
	public boolean registerIsEmpty() {
		return history.registerIsEmpty();
	}

	/**
	 * Reads, checks and (unless {@code dryRun}) imports {@code content}; only an administrator may. A
	 * refused file comes back with its problems and nothing stored.
	 */
	public HistoryImportResult importFile(String fileName, byte[] content, boolean dryRun, Actor by) {
		if (by.role() != Role.ADMIN && by.role() != Role.SYSTEM) {
			throw new ActionRefused(ActionRefused.Reason.ROLE, "history.role");
		}
		List<List<String>> table;
		try {
			table = SpreadsheetTable.read(content, XLSX_DATES);
		}
		catch (SpreadsheetTable.OldExcelFormat xls) {
			return refused(fileName, dryRun, RowProblem.of(0, "", "history.file.xls"));
		}
		catch (IOException | RuntimeException unreadable) {
			return refused(fileName, dryRun, RowProblem.of(0, "", "history.file.unreadable"));
		}
		Instant now = clock.instant();
		HistoryRows.Checked checked = new HistoryRows(catalog, now).check(table);
		if (!checked.problems().isEmpty()) {
			return new HistoryImportResult(fileName, dryRun, checked.rows().size(), 0, 0, List.of(), List.of(),
					checked.problems());
		}
		if (dryRun) {
			Set<String> already = history.alreadyImported(references(checked.rows()));
			return result(fileName, true, checked.rows(), already, List.of());
		}
		return transaction.execute(status -> {
			Set<String> already = history.alreadyImported(references(checked.rows()));
			List<HistoryRows.Row> freshRows = checked.rows()
				.stream()
				.filter(row -> !already.contains(row.past().reference()))
				.toList();
			List<PastComplaint> fresh = freshRows.stream().map(HistoryRows.Row::past).toList();
			List<TrackingCode> codes = fresh.isEmpty() ? List.of() : history.importAll(fresh, by, now);
			for (int i = 0; i < freshRows.size(); i++) {
				HistoryRows.PastSanction sanction = freshRows.get(i).sanction();
				if (sanction != null) {
					sanctions.recordImported(new Sanctions.Draft(codes.get(i).value(), fresh.get(i).unitId(), sanction.kind(),
							sanction.person(), sanction.imposedOn(), sanction.decree(), null), by);
				}
			}
			audit.record(by.name(), "HISTORY_IMPORTED", "history", fileName,
					checked.rows().size() + " baris, " + codes.size() + " diimpor, " + already.size() + " sudah ada");
			return result(fileName, false, checked.rows(), already, codes.stream().map(TrackingCode::value).toList());
		});
	}

	private HistoryImportResult result(String fileName, boolean dryRun, List<HistoryRows.Row> rows, Set<String> already,
			List<String> codes) {
		int fresh = (int) rows.stream().filter(row -> !already.contains(row.past().reference())).count();
		List<HistoryImportResult.PreviewLine> preview = new ArrayList<>();
		ZoneId zone = catalog.office().zone();
		for (HistoryRows.Row row : rows.subList(0, Math.min(PREVIEW_ROWS, rows.size()))) {
			PastComplaint past = row.past();
			preview.add(new HistoryImportResult.PreviewLine(row.row(), past.reference(),
					past.complaint().arrival().receivedAt().atZone(zone).toLocalDate().toString(),
					catalog.item(ReferenceList.CHANNEL, past.complaint().arrival().channelId())
						.map(ReferenceItem::name)
						.orElse(""),
					past.complaint().matter().title(), past.unitName() == null ? "" : past.unitName(), stage(past),
					already.contains(past.reference())));
		}
		return new HistoryImportResult(fileName, dryRun, rows.size(), fresh, rows.size() - fresh, codes, preview,
				List.of());
	}

	/** The status the complaint ends in, as a message key's suffix ({@code status.CLOSED}). */
	private static String stage(PastComplaint past) {
		if (past.closedAt() != null) {
			return "CLOSED";
		}
		if (past.answeredAt() != null) {
			return "ANSWERED";
		}
		if (past.routedAt() != null) {
			return "ROUTED";
		}
		return past.verifiedAt() != null ? "VERIFIED" : "RECEIVED";
	}

	private static List<String> references(List<HistoryRows.Row> rows) {
		return rows.stream().map(row -> row.past().reference()).toList();
	}

	private static HistoryImportResult refused(String fileName, boolean dryRun, RowProblem problem) {
		return new HistoryImportResult(fileName, dryRun, 0, 0, 0, List.of(), List.of(), List.of(problem));
	}
}
