package id.aduan.intake.lapor;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.accounts.Actor;
import id.aduan.accounts.Role;
import id.aduan.audit.AuditTrail;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceItem;
import id.aduan.catalog.ReferenceList;
import id.aduan.complaints.Arrival;
import id.aduan.complaints.Classification;
import id.aduan.complaints.Complainant;
import id.aduan.complaints.ComplaintHandling;
import id.aduan.complaints.ComplaintRegistration;
import id.aduan.complaints.ComplaintStatus;
import id.aduan.complaints.Matter;
import id.aduan.complaints.NewComplaint;
import id.aduan.complaints.Receipt;
import id.aduan.complaints.queries.ComplaintProgress;
import id.aduan.system.ActionRefused;
import id.aduan.system.DatabaseTime;
import id.aduan.system.FieldProblem;
import id.aduan.system.InvalidInput;
import id.aduan.system.Sha256;

/**
 * Brings SP4N-LAPOR! reports into the register, from whichever {@link LaporConnector}. Every report is
 * checked first, against the file's own rules and the register's; one problem anywhere and nothing is
 * imported. Each LAPOR! tracking ID becomes one complaint (channel LAPOR, the ID as channel reference)
 * once: importing the same file again creates nothing, and a report that changed on LAPOR! since (its
 * status, its text) is recorded in the complaint's history as an update from the channel. The whole
 * import is one transaction. Also gathers Aduan's follow-ups of LAPOR! reports for the officer to enter
 * back into LAPOR!.
 */
@Component
public class LaporSync {

	static final String CHANNEL = "LAPOR";

	private final ComplaintRegistration registration;

	private final ComplaintHandling handling;

	private final Catalog catalog;

	private final JdbcClient jdbc;

	private final ComplaintProgress progress;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final Clock clock;

	LaporSync(ComplaintRegistration registration, ComplaintHandling handling, Catalog catalog, JdbcClient jdbc,
			ComplaintProgress progress, AuditTrail audit, MessageSource messages, Clock clock) {
		this.progress = progress;
		this.registration = registration;
		this.handling = handling;
		this.catalog = catalog;
		this.jdbc = jdbc;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	/** What LAPOR! said of a report at the last import. */
	private record Known(long complaintId, String hash, String status, String category, String title,
			String description, String updatedAt) {
	}

	@Transactional
	public LaporImportResult importFrom(LaporConnector connector, String source, Actor actor) {
		requireDesk(actor);
		LaporBatch batch = connector.fetch();
		List<LaporProblem> problems = new ArrayList<>(batch.problems());
		long channel = catalog.itemByCode(ReferenceList.CHANNEL, CHANNEL).map(ReferenceItem::id).orElse(-1L);
		for (LaporReport report : batch.reports()) {
			if (known(report.laporId()).isEmpty()) {
				try {
					registration.check(complaint(report, channel));
				}
				catch (InvalidInput invalid) {
					for (FieldProblem problem : invalid.problems()) {
						problems.add(new LaporProblem(report.row(), column(problem.field()), problem.messageKey(),
								problem.arguments()));
					}
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new LaporImportRejected(problems);
		}
		Instant now = clock.instant();
		List<String> created = new ArrayList<>();
		List<String> updated = new ArrayList<>();
		int unchanged = 0;
		for (LaporReport report : batch.reports()) {
			Optional<Known> known = known(report.laporId());
			if (known.isEmpty()) {
				Receipt receipt = registration.registerWithReceipt(complaint(report, channel), actor);
				jdbc.sql("""
						insert into lapor_report (lapor_id, complaint_id, row_hash, lapor_status, category, title, description,
						                          lapor_updated_at, first_imported_at, last_imported_at, last_imported_by)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(report.laporId(), receipt.complaintId(), hash(report), report.status(), report.category(),
							report.title(), report.description(), report.updatedAt(), DatabaseTime.of(now),
							DatabaseTime.of(now), actor.name())
					.update();
				created.add(receipt.trackingCode().value());
			}
			else if (!known.get().hash().equals(hash(report))) {
				String changes = changes(known.get(), report, source);
				jdbc.sql("""
						update lapor_report set row_hash = ?, lapor_status = ?, category = ?, title = ?, description = ?,
						       lapor_updated_at = ?, last_imported_at = ?, last_imported_by = ? where lapor_id = ?""")
					.params(hash(report), report.status(), report.category(), report.title(), report.description(),
							report.updatedAt(), DatabaseTime.of(now), actor.name(), report.laporId())
					.update();
				handling.recordChannelUpdate(known.get().complaintId(), changes, actor);
				updated.add(report.laporId());
			}
			else {
				unchanged++;
			}
		}
		jdbc.sql("""
				insert into lapor_import (file_name, imported_at, imported_by, row_count, created, updated, unchanged)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(source == null ? "-" : cut(source, 255), DatabaseTime.of(now), actor.name(), batch.reports().size(),
					created.size(), updated.size(), unchanged)
			.update();
		audit.record(actor.name(), "LAPOR_IMPORTED", "lapor_import", source == null ? "-" : cut(source, 60),
				created.size() + " baru, " + updated.size() + " diperbarui, " + unchanged + " tetap");
		return new LaporImportResult(batch.reports().size(), created, updated, unchanged);
	}

	/** Aduan's follow-ups of every LAPOR! report (or those changed since), for the officer to enter back. */
	@Transactional(readOnly = true)
	public LaporConnector.Delivery followUps(LaporConnector connector, Instant since, Actor actor) {
		requireDesk(actor);
		Locale indonesian = Locale.forLanguageTag("id");
		record Imported(String laporId, long complaintId) {
		}
		List<Imported> imported = jdbc.sql("select lapor_id, complaint_id from lapor_report order by lapor_id")
			.query((rs, row) -> new Imported(rs.getString("lapor_id"), rs.getLong("complaint_id")))
			.list();
		Map<Long, ComplaintProgress.Standing> standings = progress
			.of(imported.stream().map(Imported::complaintId).toList());
		List<LaporFollowUp> followUps = imported.stream()
			.filter(report -> standings.containsKey(report.complaintId()))
			.map(report -> {
				ComplaintProgress.Standing standing = standings.get(report.complaintId());
				ComplaintStatus status = standing.status();
				return new LaporFollowUp(report.laporId(), standing.trackingCode(),
						messages.getMessage("status." + status.name(), null, indonesian),
						messages.getMessage("lapor.stage." + status.publicStage(standing.heldFrom()).name(), null,
								indonesian),
						standing.unitName(), standing.lastNote(), standing.lastNoteAt(), standing.answer(),
						standing.answeredAt(), standing.updatedAt());
			})
			.filter(followUp -> since == null || followUp.updatedAt() != null && !followUp.updatedAt().isBefore(since))
			.toList();
		return connector.deliver(followUps);
	}

	/** The last imports, newest first, for the page. */
	@Transactional(readOnly = true)
	public List<Map<String, Object>> recentImports(Actor actor) {
		requireDesk(actor);
		return jdbc.sql("select * from lapor_import order by id desc fetch first 10 rows only").query().listOfRows();
	}

	private Optional<Known> known(String laporId) {
		return jdbc.sql("select * from lapor_report where lapor_id = ?")
			.param(laporId)
			.query((rs, row) -> new Known(rs.getLong("complaint_id"), rs.getString("row_hash"), rs.getString("lapor_status"),
					rs.getString("category"), rs.getString("title"), rs.getString("description"),
					rs.getString("lapor_updated_at")))
			.optional();
	}

	private NewComplaint complaint(LaporReport report, long channel) {
		Long type = report.reportTypeCode() == null ? null
				: catalog.itemByCode(ReferenceList.REPORT_TYPE, report.reportTypeCode()).map(ReferenceItem::id).orElse(null);
		return NewComplaint
			.of(new Arrival(channel, report.reportedAt(), report.laporId()),
					new Matter(report.title(), report.description(), report.incidentDate(), report.place()))
			.from(new Complainant(report.name(), report.phone(), report.email(), null), report.anonymous(),
					report.confidential())
			.classifiedAs(Classification.ofReportType(type));
	}

	/** What changed on LAPOR!, as the history will show it (always in Indonesian: it is the record). */
	private String changes(Known before, LaporReport now, String source) {
		Locale id = Locale.forLanguageTag("id");
		List<String> lines = new ArrayList<>();
		lines.add(messages.getMessage("lapor.update.header", new Object[] { now.laporId(), source }, id));
		if (!Objects.equals(before.status(), now.status())) {
			lines.add(messages.getMessage("lapor.update.status", new Object[] { dash(before.status()), dash(now.status()) }, id));
		}
		if (!Objects.equals(before.category(), now.category())) {
			lines.add(messages.getMessage("lapor.update.category", new Object[] { dash(before.category()), dash(now.category()) }, id));
		}
		if (!Objects.equals(before.title(), now.title())) {
			lines.add(messages.getMessage("lapor.update.title", new Object[] { now.title() }, id));
		}
		if (!Objects.equals(before.description(), now.description())) {
			lines.add(messages.getMessage("lapor.update.text", new Object[] { now.description() }, id));
		}
		if (lines.size() == 1) {
			lines.add(messages.getMessage("lapor.update.other", new Object[] { dash(now.updatedAt()) }, id));
		}
		String note = String.join("\n", lines);
		return note.length() > 10000 ? note.substring(0, 9999) + "…" : note;
	}

	private static String column(String field) {
		return switch (field) {
			case "title" -> LaporColumns.TITLE;
			case "description" -> LaporColumns.TEXT;
			case "receivedAt" -> LaporColumns.REPORTED;
			case "complainant.name" -> LaporColumns.NAME;
			case "complainant.email" -> LaporColumns.EMAIL;
			case "complainant.phone" -> LaporColumns.PHONE;
			case "incidentDate" -> LaporColumns.INCIDENT;
			case "incidentPlace" -> LaporColumns.PLACE;
			case "channelReference" -> LaporColumns.ID;
			default -> field;
		};
	}

	private static String hash(LaporReport report) {
		String canonical = String.join("\u0001", String.valueOf(report.reportedAt()), report.title(), report.description(),
				String.valueOf(report.reportTypeCode()), String.valueOf(report.category()), String.valueOf(report.name()),
				String.valueOf(report.email()), String.valueOf(report.phone()), String.valueOf(report.anonymous()),
				String.valueOf(report.confidential()), String.valueOf(report.place()),
				String.valueOf(report.incidentDate()), String.valueOf(report.status()), String.valueOf(report.updatedAt()));
		return Sha256.hex(canonical);
	}

	private static String dash(String value) {
		return value == null ? "-" : value;
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	/** LAPOR! is the help desk's channel and the coordinator's. */
	private static void requireDesk(Actor actor) {
		if (actor.role() != Role.HELPDESK && actor.role() != Role.COORDINATOR) {
			throw new ActionRefused(ActionRefused.Reason.ROLE, "lapor.role");
		}
	}
}
