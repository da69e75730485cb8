package id.aduan.complaints;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import id.aduan.accounts.Role;
import id.aduan.catalog.ServiceLevel;
import id.aduan.system.ActionRefused;
import id.aduan.system.DatabaseTime;

/**
 * Stores complaints and their timelines. A save writes the complaint's row and appends the new
 * timeline entries; it never rewrites an entry. Saves are guarded by a version number, so two
 * officers acting at once cannot overwrite each other: the second is told to reload.
 * <p>
 * It is also the one place where a complaint's events are published: every store of a complaint
 * ({@link #addAll}, {@link #save}) publishes what the complaint registered, once its rows are written,
 * in the caller's transaction (listeners run in it; transactional listeners see its commit).
 */
@Repository
class Complaints {

	private static final String COLUMNS = """
			id, tracking_code, version, received_at, received_on, registered_at, registered_by, channel_id, channel_reference,
			complainant_name, complainant_phone, complainant_email, complainant_address, complainant_phone_notices, anonymous,
			confidential, title, description, incident_date, incident_place, report_type_id, form_id, category_id, service_id,
			unit_id, status, held_from_status, verified_at, routed_at, answer, answered_at, closed_at, referred_to,
			closing_reason, duplicate_of_id, sla_rule_id, sla_rule_name, sla_verify_days, sla_follow_up_days,
			sla_resolve_days, sla_auto_close_days, clock_start_date, verify_due, follow_up_due, resolve_due,
			auto_close_due, current_due, current_stage, paused_days, first_answer_days, closure_days""";

	/** The columns a plan writes: the rule copied onto the complaint and the derived schedule. */
	private static final String PLAN = """
			sla_rule_id = :slaRuleId, sla_rule_name = :slaRuleName, sla_verify_days = :slaVerify,
			sla_follow_up_days = :slaFollowUp, sla_resolve_days = :slaResolve, sla_auto_close_days = :slaAutoClose,
			clock_start_date = :clockStart, verify_due = :verifyDue, follow_up_due = :followUpDue,
			resolve_due = :resolveDue, auto_close_due = :autoCloseDue, current_due = :currentDue,
			current_stage = :currentStage, paused_days = :pausedDays, first_answer_days = :firstAnswerDays,
			closure_days = :closureDays""";

	private static final RowMapper<Complaint.Stored> STORED = Complaints::stored;

	private static final RowMapper<TimelineEntry> ENTRY = (rs, row) -> entry(rs, "");

	private static TimelineEntry entry(ResultSet rs, String prefix) throws SQLException {
		return new TimelineEntry(rs.getLong(prefix + "id"), DatabaseTime.instant(rs, prefix + "occurred_at"),
				TimelineEntry.Kind.valueOf(rs.getString(prefix + "kind")),
				ComplaintStatus.valueOf(rs.getString(prefix + "status_after")),
				rs.getObject(prefix + "actor_id", Long.class), rs.getString(prefix + "actor_name"),
				Role.valueOf(rs.getString(prefix + "actor_role")), rs.getString(prefix + "note"),
				rs.getString(prefix + "detail"));
	}

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate named;

	private final ApplicationEventPublisher events;

	Complaints(JdbcClient jdbc, NamedParameterJdbcTemplate named, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.named = named;
		this.events = events;
	}

	Optional<Complaint> byId(long id) {
		return jdbc.sql("select " + COLUMNS + " from complaint where id = ?")
			.param(id)
			.query(STORED)
			.optional()
			.map(stored -> Complaint.restore(stored, timeline(stored.id())));
	}

	/**
	 * The complaint with this code and its timeline, read in one statement: one round trip, and the two
	 * seen at the same moment even outside a transaction (a tracking look-up needs none).
	 */
	Optional<Complaint> byTrackingCode(TrackingCode code) {
		return jdbc.sql("select " + WITH_TIMELINE + " from complaint c left join complaint_event e on e.complaint_id = c.id"
				+ " where c.tracking_code = ? order by e.occurred_at, e.id")
			.param(code.value())
			.query(rs -> {
				Complaint.Stored stored = null;
				List<TimelineEntry> timeline = new ArrayList<>();
				while (rs.next()) {
					if (stored == null) {
						stored = stored(rs, 0);
					}
					if (rs.getObject("event_id") != null) {
						timeline.add(entry(rs, "event_"));
					}
				}
				return stored == null ? Optional.<Complaint>empty() : Optional.of(Complaint.restore(stored, timeline));
			});
	}

	/** The complaint's columns and, prefixed {@code event_}, those of one timeline entry. */
	private static final String WITH_TIMELINE = COLUMNS.lines()
		.flatMap(line -> Arrays.stream(line.split(",")))
		.map(String::strip)
		.filter(column -> !column.isEmpty())
		.map(column -> "c." + column)
		.collect(Collectors.joining(", "))
			+ ", e.id as event_id, e.occurred_at as event_occurred_at, e.kind as event_kind,"
			+ " e.status_after as event_status_after, e.actor_id as event_actor_id, e.actor_name as event_actor_name,"
			+ " e.actor_role as event_actor_role, e.note as event_note, e.detail as event_detail";

	/** Those of {@code references} that a complaint imported earlier already carries. */
	Set<String> importedReferences(Collection<String> references) {
		if (references.isEmpty()) {
			return Set.of();
		}
		Set<String> found = new HashSet<>();
		List<String> all = List.copyOf(references);
		for (int from = 0; from < all.size(); from += 500) {
			found.addAll(named.queryForList("select import_reference from complaint where import_reference in (:refs)",
					new MapSqlParameterSource("refs", all.subList(from, Math.min(all.size(), from + 500))),
					String.class));
		}
		return found;
	}

	boolean none() {
		return jdbc.sql("select count(*) from (select id from complaint fetch first 1 rows only) c").query(Long.class).single() == 0;
	}

	boolean trackingCodeTaken(TrackingCode code) {
		return jdbc.sql("select count(*) from complaint where tracking_code = ?")
			.param(code.value())
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * A new complaint to store, and the date it was received in the office's time zone (the period it
	 * counts in).
	 */
	record Addition(Complaint complaint, LocalDate receivedOn, String importReference) {

		/** A complaint registered in Aduan, not imported from the office's records. */
		Addition(Complaint complaint, LocalDate receivedOn) {
			this(complaint, receivedOn, null);
		}
	}

	/**
	 * Stores new complaints and their first timeline entries, as two batched statements whatever their
	 * number (one round trip each to the database), and publishes each one's registration; returns, per
	 * complaint in order, the ids of its first timeline entries.
	 */
	List<List<Long>> addAll(List<Addition> additions) {
		SqlParameterSource[] rows = new SqlParameterSource[additions.size()];
		for (int i = 0; i < rows.length; i++) {
			rows[i] = insertParameters(additions.get(i));
		}
		List<Long> ids = batchInsert(INSERT_COMPLAINT, rows);
		List<SqlParameterSource> entryRows = new ArrayList<>();
		List<List<TimelineEntry>> perComplaint = new ArrayList<>();
		for (int i = 0; i < additions.size(); i++) {
			List<TimelineEntry> unsaved = additions.get(i).complaint().takeUnsaved();
			perComplaint.add(unsaved);
			for (TimelineEntry entry : unsaved) {
				entryRows.add(entryParameters(ids.get(i), entry));
			}
		}
		List<Long> entryIds = batchInsert(INSERT_EVENT, entryRows.toArray(SqlParameterSource[]::new));
		List<List<Long>> result = new ArrayList<>();
		int next = 0;
		for (int i = 0; i < additions.size(); i++) {
			List<TimelineEntry> stored = perComplaint.get(i);
			List<Long> own = List.copyOf(entryIds.subList(next, next + stored.size()));
			next += stored.size();
			additions.get(i).complaint().markSaved(ids.get(i), 0, stored, own);
			result.add(own);
		}
		additions.forEach(addition -> publish(addition.complaint()));
		return result;
	}

	private static final String INSERT_COMPLAINT = "insert into complaint (" + COLUMNS.replaceFirst("id, ", "")
			+ ", access_key_hash, import_reference) values ("
			+ ":trackingCode, 0, :receivedAt, :receivedOn, :registeredAt, :registeredBy, :channelId, :channelReference, "
			+ ":name, :phone, :email, :address, :phoneNotices, :anonymous, :confidential, :title, :description, :incidentDate, "
			+ ":incidentPlace, :reportTypeId, :formId, :categoryId, :serviceId, :unitId, :status, :heldFrom, "
			+ ":verifiedAt, :routedAt, :answer, :answeredAt, :closedAt, :referredTo, :closingReason, :duplicateOf, "
			+ ":slaRuleId, :slaRuleName, :slaVerify, :slaFollowUp, :slaResolve, :slaAutoClose, :clockStart, "
			+ ":verifyDue, :followUpDue, :resolveDue, :autoCloseDue, :currentDue, :currentStage, :pausedDays, "
			+ ":firstAnswerDays, :closureDays, :accessKeyHash, :importReference)";

	private static final String INSERT_EVENT = """
			insert into complaint_event (complaint_id, occurred_at, kind, status_after, actor_id, actor_name,
			                             actor_role, note, detail)
			values (:complaintId, :occurredAt, :kind, :statusAfter, :actorId, :actorName, :actorRole, :note, :detail)""";

	private static SqlParameterSource insertParameters(Addition addition) {
		Complaint.Stored s = addition.complaint().stored();
		return new MapSqlParameterSource(parameters(s))
			.addValue("accessKeyHash", addition.complaint().issuedKeyHash())
			.addValue("importReference", addition.importReference())
			.addValue("trackingCode", s.trackingCode().value())
			.addValue("registeredAt", DatabaseTime.of(s.registeredAt()))
			.addValue("receivedOn", addition.receivedOn())
			.addValue("registeredBy", s.registeredBy())
			.addValue("channelId", s.arrival().channelId())
			.addValue("channelReference", s.arrival().reference())
			.addValue("name", s.complainant().name())
			.addValue("phone", s.complainant().phone())
			.addValue("email", s.complainant().email())
			.addValue("address", s.complainant().address())
			.addValue("phoneNotices", s.complainant().phoneNotices())
			.addValue("anonymous", s.anonymous())
			.addValue("confidential", s.confidential())
			.addValue("title", s.matter().title())
			.addValue("description", s.matter().description())
			.addValue("incidentDate", s.matter().incidentDate())
			.addValue("incidentPlace", s.matter().incidentPlace());
	}

	private static SqlParameterSource entryParameters(long complaintId, TimelineEntry entry) {
		return new MapSqlParameterSource().addValue("complaintId", complaintId)
			.addValue("occurredAt", DatabaseTime.of(entry.occurredAt()))
			.addValue("kind", entry.kind().name())
			.addValue("statusAfter", entry.statusAfter().name())
			.addValue("actorId", entry.actorId())
			.addValue("actorName", entry.actorName())
			.addValue("actorRole", entry.actorRole().name())
			.addValue("note", entry.note())
			.addValue("detail", entry.detail());
	}

	/** One batched insert; the generated ids in the order of the rows. */
	private List<Long> batchInsert(String sql, SqlParameterSource[] rows) {
		if (rows.length == 0) {
			return List.of();
		}
		KeyHolder keys = new GeneratedKeyHolder();
		named.batchUpdate(sql, rows, keys, new String[] { "id" });
		List<Map<String, Object>> generated = keys.getKeyList();
		if (generated.size() != rows.length) {
			throw new IllegalStateException("Inserted " + rows.length + " rows but got " + generated.size() + " ids");
		}
		List<Long> ids = new ArrayList<>(rows.length);
		for (Map<String, Object> row : generated) {
			Object id = row.size() == 1 ? row.values().iterator().next() : row.get("id");
			ids.add(((Number) id).longValue());
		}
		return ids;
	}

	/**
	 * Stores the changes, with the complainant's latest verdict when one was given, and publishes the
	 * complaint's events; refused when someone else saved the complaint since it was loaded.
	 */
	List<Long> save(Complaint complaint) {
		Complaint.Stored s = complaint.stored();
		Optional<Rating> rating = complaint.takeUnsavedRating();
		int updated = jdbc.sql("""
				update complaint set version = version + 1, received_at = :receivedAt, report_type_id = :reportTypeId,
				       form_id = :formId, category_id = :categoryId, service_id = :serviceId, unit_id = :unitId,
				       status = :status, held_from_status = :heldFrom, verified_at = :verifiedAt, routed_at = :routedAt,
				       answer = :answer, answered_at = :answeredAt, closed_at = :closedAt, referred_to = :referredTo,
				       closing_reason = :closingReason, duplicate_of_id = :duplicateOf,""" + PLAN
				+ (rating.isPresent() ? ", rating_score = :ratingScore, rating_solved = :ratingSolved" : "")
				+ " where id = :id and version = :version")
			.params(parameters(s))
			.param("id", s.id())
			.param("version", s.version())
			.param("ratingScore", rating.map(Rating::score).orElse(null))
			.param("ratingSolved", rating.map(Rating::solved).orElse(null))
			.update();
		if (updated != 1) {
			throw new ActionRefused(ActionRefused.Reason.STATE, "complaint.concurrentChange");
		}
		List<Long> entryIds = appendEntries(complaint, s.id(), s.version() + 1);
		publish(complaint);
		return entryIds;
	}

	private void publish(Complaint complaint) {
		complaint.domainEvents().forEach(events::publishEvent);
		complaint.clearEvents();
	}

	/**
	 * Stores a new plan (after the calendar changed) without touching the version: it is not a
	 * change anyone made to the complaint, and must not make an officer's open page stale.
	 */
	void savePlan(Complaint complaint) {
		Complaint.Stored s = complaint.stored();
		jdbc.sql("update complaint set " + PLAN + " where id = :id").params(parameters(s)).param("id", s.id()).update();
	}

	/** The ids of complaints still being handled, whose deadlines move with the calendar. */
	List<Long> openIds() {
		return jdbc.sql("select id from complaint where status not in (:final)")
			.param("final", ComplaintStatus.finalNames())
			.query(Long.class)
			.list();
	}

	private List<Long> appendEntries(Complaint complaint, long complaintId, int newVersion) {
		List<TimelineEntry> entries = complaint.takeUnsaved();
		List<Long> ids = batchInsert(INSERT_EVENT,
				entries.stream().map(entry -> entryParameters(complaintId, entry)).toArray(SqlParameterSource[]::new));
		complaint.markSaved(complaintId, newVersion, entries, ids);
		return ids;
	}

	List<TimelineEntry> timeline(long complaintId) {
		return jdbc.sql("select * from complaint_event where complaint_id = ? order by occurred_at, id")
			.param(complaintId)
			.query(ENTRY)
			.list();
	}

	/** The complaint's id and the hash of its access key, for a complainant who gives both. */
	Optional<Map.Entry<Long, String>> accessOf(TrackingCode code) {
		return jdbc.sql("select id, access_key_hash from complaint where tracking_code = ?")
			.param(code.value())
			.query((rs, row) -> Map.entry(rs.getLong("id"), String.valueOf(rs.getString("access_key_hash"))))
			.optional();
	}

	Optional<TrackingCode> trackingCodeOf(long id) {
		return jdbc.sql("select tracking_code from complaint where id = ?")
			.param(id)
			.query(String.class)
			.optional()
			.map(TrackingCode::new);
	}

	private static Map<String, Object> parameters(Complaint.Stored s) {
		Map<String, Object> values = new HashMap<>();
		values.put("receivedAt", DatabaseTime.of(s.arrival().receivedAt()));
		values.put("reportTypeId", s.classification().reportTypeId());
		values.put("formId", s.classification().formId());
		values.put("categoryId", s.classification().categoryId());
		values.put("serviceId", s.classification().serviceId());
		values.put("unitId", s.unitId());
		values.put("status", s.status().name());
		values.put("heldFrom", s.heldFromStatus() == null ? null : s.heldFromStatus().name());
		values.put("verifiedAt", DatabaseTime.of(s.verifiedAt()));
		values.put("routedAt", DatabaseTime.of(s.routedAt()));
		values.put("answer", s.answer());
		values.put("answeredAt", DatabaseTime.of(s.answeredAt()));
		values.put("closedAt", DatabaseTime.of(s.closedAt()));
		values.put("referredTo", s.referredTo());
		values.put("closingReason", s.closingReason());
		values.put("duplicateOf", s.duplicateOfId());
		ServiceLevel level = s.serviceLevel();
		values.put("slaRuleId", level == null ? null : level.ruleId());
		values.put("slaRuleName", level == null ? null : level.name());
		values.put("slaVerify", level == null ? null : level.verifyDays());
		values.put("slaFollowUp", level == null ? null : level.followUpDays());
		values.put("slaResolve", level == null ? null : level.resolveDays());
		values.put("slaAutoClose", level == null ? null : level.autoCloseDays());
		DeadlineSchedule plan = s.schedule();
		values.put("clockStart", plan == null ? null : plan.clockStart());
		values.put("verifyDue", plan == null ? null : plan.verifyDue());
		values.put("followUpDue", plan == null ? null : plan.followUpDue());
		values.put("resolveDue", plan == null ? null : plan.resolveDue());
		values.put("autoCloseDue", plan == null ? null : plan.autoCloseDue());
		values.put("currentDue", plan == null ? null : plan.currentDue());
		values.put("currentStage", plan == null ? null : plan.stage().name());
		values.put("pausedDays", plan == null ? 0 : plan.pausedDays());
		values.put("firstAnswerDays", plan == null ? null : plan.firstAnswerDays());
		values.put("closureDays", plan == null ? null : plan.closureDays());
		return values;
	}

	private static Complaint.Stored stored(ResultSet rs, int row) throws SQLException {
		String held = rs.getString("held_from_status");
		return new Complaint.Stored(rs.getLong("id"), new TrackingCode(rs.getString("tracking_code")),
				rs.getInt("version"),
				new Arrival(rs.getLong("channel_id"), DatabaseTime.instant(rs, "received_at"),
						rs.getString("channel_reference")),
				DatabaseTime.instant(rs, "registered_at"), rs.getObject("registered_by", Long.class),
				new Complainant(rs.getString("complainant_name"), rs.getString("complainant_phone"),
						rs.getString("complainant_email"), rs.getString("complainant_address"),
						rs.getBoolean("complainant_phone_notices")),
				rs.getBoolean("anonymous"), rs.getBoolean("confidential"),
				new Matter(rs.getString("title"), rs.getString("description"), DatabaseTime.date(rs, "incident_date"),
						rs.getString("incident_place")),
				new Classification(rs.getObject("report_type_id", Long.class), rs.getObject("form_id", Long.class),
						rs.getObject("category_id", Long.class), rs.getObject("service_id", Long.class)),
				rs.getObject("unit_id", Long.class), ComplaintStatus.valueOf(rs.getString("status")),
				held == null ? null : ComplaintStatus.valueOf(held), DatabaseTime.instant(rs, "verified_at"),
				DatabaseTime.instant(rs, "routed_at"), rs.getString("answer"), DatabaseTime.instant(rs, "answered_at"),
				DatabaseTime.instant(rs, "closed_at"), rs.getString("referred_to"), rs.getString("closing_reason"),
				rs.getObject("duplicate_of_id", Long.class), level(rs), schedule(rs));
	}

	private static ServiceLevel level(ResultSet rs) throws SQLException {
		if (rs.getObject("sla_verify_days") == null) {
			return null;
		}
		return new ServiceLevel(rs.getObject("sla_rule_id", Long.class), rs.getString("sla_rule_name"),
				rs.getInt("sla_verify_days"), rs.getInt("sla_follow_up_days"), rs.getInt("sla_resolve_days"),
				rs.getInt("sla_auto_close_days"));
	}

	private static DeadlineSchedule schedule(ResultSet rs) throws SQLException {
		String stage = rs.getString("current_stage");
		if (stage == null) {
			return null;
		}
		return new DeadlineSchedule(DatabaseTime.date(rs, "clock_start_date"), DatabaseTime.date(rs, "verify_due"),
				DatabaseTime.date(rs, "follow_up_due"), DatabaseTime.date(rs, "resolve_due"),
				DatabaseTime.date(rs, "auto_close_due"), DeadlineSchedule.Stage.valueOf(stage),
				DatabaseTime.date(rs, "current_due"), rs.getInt("paused_days"),
				rs.getObject("first_answer_days", Integer.class), rs.getObject("closure_days", Integer.class));
	}
}
