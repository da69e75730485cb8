package id.aduan.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.accounts.Actor;
import id.aduan.accounts.Role;
import id.aduan.audit.AuditTrail;
import id.aduan.catalog.Catalog;
import id.aduan.complaints.TrackingCode;
import id.aduan.complaints.queries.ComplaintReferences;
import id.aduan.language.IndonesianDates;
import id.aduan.system.ActionRefused;
import id.aduan.system.DatabaseTime;
import id.aduan.system.MaxLength;
import id.aduan.system.PlainText;
import id.aduan.system.Problems;
import id.aduan.system.Required;

/**
 * Sanctions the coordinator records (section 4.6 of the report). Only the coordinator records them;
 * only the coordinator and the head of office see them with names.
 */
@Component
public class Sanctions {

	/** A sanction as the coordinator enters it. */
	public record Draft(String trackingCode, Long unitId, SanctionKind kind, @MaxLength(200) @PlainText String person,
			LocalDate imposedOn, @Required @MaxLength(100) @PlainText String decreeNumber,
			@MaxLength(1000) @PlainText String note) {
	}

	/** A sanction without its complaint's tracking code, which {@link #withCodes} adds from the register. */
	private static final RowMapper<Sanction> SANCTION = (rs, row) -> new Sanction(rs.getLong("id"),
			rs.getLong("complaint_id"), null, rs.getLong("unit_id"), rs.getString("unit_name"),
			SanctionKind.valueOf(rs.getString("kind")), rs.getString("person"), DatabaseTime.date(rs, "imposed_on"),
			rs.getString("decree_number"), rs.getString("note"), DatabaseTime.instant(rs, "recorded_at"),
			rs.getString("recorded_by"));

	private static final String SELECT = """
			select s.*, u.name unit_name from sanction s join work_unit u on u.id = s.unit_id""";

	private final JdbcClient jdbc;

	private final ComplaintReferences complaints;

	private final Catalog catalog;

	private final AuditTrail audit;

	private final Clock clock;

	Sanctions(JdbcClient jdbc, ComplaintReferences complaints, Catalog catalog, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.complaints = complaints;
		this.catalog = catalog;
		this.audit = audit;
		this.clock = clock;
	}

	/** Records a sanction; only the coordinator does. */
	@Transactional
	public void record(Draft draft, Actor by) {
		insert(validated(draft, by), draft, by);
	}

	/**
	 * Records a sanction of the office's records from before Aduan, brought in with its complaint by the
	 * administrator's history import (module history), in the import's transaction.
	 */
	@Transactional
	public void recordImported(Draft draft, Actor importer) {
		if (importer.role() != Role.ADMIN && importer.role() != Role.SYSTEM) {
			throw new ActionRefused(ActionRefused.Reason.ROLE, "sanction.role");
		}
		insert(checked(draft), draft, importer);
	}

	private void insert(long complaintId, Draft draft, Actor by) {
		jdbc.sql("""
				insert into sanction (complaint_id, unit_id, kind, person, imposed_on, decree_number, note, recorded_at,
				                      recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(complaintId, draft.unitId(), draft.kind().name(), Problems.blankToNull(draft.person()),
					draft.imposedOn(), draft.decreeNumber().trim(), Problems.blankToNull(draft.note()),
					DatabaseTime.of(clock.instant()), by.name())
			.update();
		audit.record(by.name(), "SANCTION_RECORDED", "complaint", String.valueOf(complaintId),
				draft.kind() + " " + draft.decreeNumber());
	}

	/** Every problem of a draft at once, without recording it: for a form that had other mistakes. */
	public void check(Draft draft, Actor by) {
		validated(draft, by);
	}

	private long validated(Draft draft, Actor by) {
		if (by.role() != Role.COORDINATOR) {
			throw new ActionRefused(ActionRefused.Reason.ROLE, "sanction.role");
		}
		return checked(draft);
	}

	private long checked(Draft draft) {
		Problems problems = new Problems().validate(draft);
		ComplaintReferences.Reference complaint = TrackingCode.parse(draft.trackingCode())
			.flatMap(complaints::of)
			.orElse(null);
		problems.check(complaint != null, "trackingCode", "sanction.complaint.unknown");
		problems.check(draft.unitId() != null && catalog.unit(draft.unitId()).isPresent(), "unitId",
				"complaint.unit.unknown");
		problems.check(draft.kind() != null, "kind", "sanction.kind.required");
		LocalDate today = LocalDate.now(clock.withZone(catalog.office().zone()));
		problems.check(draft.imposedOn() != null, "imposedOn", "field.required");
		if (draft.imposedOn() != null) {
			problems.check(!draft.imposedOn().isAfter(today), "imposedOn", "sanction.date.future");
			if (complaint != null) {
				problems.check(!draft.imposedOn().isBefore(complaint.receivedOn()), "imposedOn",
						"sanction.date.beforeComplaint", IndonesianDates.formal(complaint.receivedOn()));
			}
		}
		problems.throwIfAny();
		return complaint.id();
	}

	/** The sanctions imposed in a period, for the coordinator's and head's pages and for the report. */
	@Transactional(readOnly = true)
	public List<Sanction> imposedIn(ReportPeriod period) {
		return withCodes(jdbc.sql(SELECT + " where s.imposed_on between ? and ? order by s.imposed_on, s.id")
			.params(period.from(), period.to())
			.query(SANCTION)
			.list());
	}

	@Transactional(readOnly = true)
	public List<Sanction> recent(int limit) {
		return withCodes(jdbc.sql(SELECT + " order by s.imposed_on desc, s.id desc fetch first ? rows only")
			.param(limit)
			.query(SANCTION)
			.list());
	}

	/** The sanctions with their complaints' tracking codes, read from the register in one go. */
	private List<Sanction> withCodes(List<Sanction> sanctions) {
		Map<Long, ComplaintReferences.Reference> references = complaints
			.of(sanctions.stream().map(Sanction::complaintId).toList());
		return sanctions.stream()
			.map(s -> new Sanction(s.id(), s.complaintId(), references.get(s.complaintId()).trackingCode(), s.unitId(),
					s.unitName(), s.kind(), s.person(), s.imposedOn(), s.decreeNumber(), s.note(), s.recordedAt(),
					s.recordedBy()))
			.toList();
	}
}
