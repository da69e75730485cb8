package id.aduan.complaints;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.accounts.Actor;
import id.aduan.calendar.Calendars;
import id.aduan.calendar.WorkingCalendar;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.PublicService;
import id.aduan.catalog.ReferenceItem;
import id.aduan.catalog.ReferenceList;
import id.aduan.catalog.WorkUnit;
import id.aduan.system.DatabaseTime;

/**
 * Reading complaints, always as somebody: the inbox and the details show only what that person may
 * see (a unit officer only their units' complaints; nobody an anonymous complainant). The public's
 * tracking view is {@link PublicTracking}'s.
 */
@Component
@Transactional(readOnly = true)
public class ComplaintQueries {

	private final Complaints complaints;

	private final Attachments attachments;

	private final Catalog catalog;

	private final JdbcClient jdbc;

	private final ComplaintAccess access;

	private final Calendars calendars;

	private final Clock clock;

	ComplaintQueries(Complaints complaints, Attachments attachments, Catalog catalog, JdbcClient jdbc,
			ComplaintAccess access, Calendars calendars, Clock clock) {
		this.access = access;
		this.calendars = calendars;
		this.clock = clock;
		this.complaints = complaints;
		this.attachments = attachments;
		this.catalog = catalog;
		this.jdbc = jdbc;
	}

	public InboxPage inbox(InboxQuery query, Actor actor) {
		Handler handler = access.handler(actor);
		StringBuilder where = new StringBuilder(" where 1 = 1");
		Map<String, Object> params = new HashMap<>();
		switch (actor.role()) {
			case COORDINATOR, HEAD, HELPDESK -> {
			}
			case UNIT_OFFICER -> {
				if (handler.unitScope().isEmpty()) {
					return new InboxPage(List.of(), query.page(), query.size(), 0);
				}
				where.append(" and c.unit_id in (:scope)");
				params.put("scope", handler.unitScope());
			}
			default -> {
				return new InboxPage(List.of(), query.page(), query.size(), 0);
			}
		}
		WorkingCalendar calendar = calendars.current();
		Instant now = clock.instant();
		filter(query, where, params);
		dueFilter(query.due(), calendar, now, where, params);
		long total = jdbc.sql("select count(*) from complaint c" + where).params(params).query(Long.class).single();
		params.put("limit", query.size());
		params.put("offset", (long) query.page() * query.size());
		List<InboxRow> rows = jdbc.sql("""
				select c.id, c.tracking_code, c.received_at, c.title, c.status, c.anonymous, c.confidential,
				       c.complainant_name, ch.name channel_name, cat.name category_name, u.name unit_name,
				       s.name service_name, c.current_stage, c.current_due
				from complaint c
				join channel ch on ch.id = c.channel_id
				left join category cat on cat.id = c.category_id
				left join work_unit u on u.id = c.unit_id
				left join public_service s on s.id = c.service_id""" + where
				+ (query.sort() == InboxQuery.Sort.DUE ? " order by c.current_due asc nulls last, c.received_at asc, c.id asc"
						: " order by c.received_at desc, c.id desc")
				+ " limit :limit offset :offset")
			.params(params)
			.query((rs, row) -> {
				String stage = rs.getString("current_stage");
				DeadlineSchedule plan = new DeadlineSchedule(null, null, null, null, null,
						stage == null ? DeadlineSchedule.Stage.DONE : DeadlineSchedule.Stage.valueOf(stage),
						DatabaseTime.date(rs, "current_due"), 0, null, null);
				return new InboxRow(rs.getLong("id"), rs.getString("tracking_code"),
						DatabaseTime.instant(rs, "received_at"), rs.getString("title"),
						ComplaintStatus.valueOf(rs.getString("status")), rs.getString("channel_name"),
						rs.getString("category_name"), rs.getString("unit_name"), rs.getString("service_name"),
						rs.getBoolean("anonymous"), rs.getBoolean("confidential"),
						rs.getBoolean("anonymous") ? null : rs.getString("complainant_name"), plan.stage(),
						plan.currentDue(), plan.state(now, calendar), plan.overdueDays(now, calendar));
			})
			.list();
		return new InboxPage(rows, query.page(), query.size(), total);
	}

	private void filter(InboxQuery q, StringBuilder where, Map<String, Object> params) {
		if (q.status() != null) {
			where.append(" and c.status = :status");
			params.put("status", q.status().name());
		}
		if (q.unitId() != null) {
			where.append(" and c.unit_id in (:units)");
			params.put("units", catalog.unitTree().subtreeOf(q.unitId()));
		}
		if (q.channelId() != null) {
			where.append(" and c.channel_id = :channel");
			params.put("channel", q.channelId());
		}
		if (q.categoryId() != null) {
			where.append(" and c.category_id = :category");
			params.put("category", q.categoryId());
		}
		if (q.serviceId() != null) {
			where.append(" and c.service_id = :service");
			params.put("service", q.serviceId());
		}
		ZoneId zone = catalog.office().zone();
		if (q.from() != null) {
			where.append(" and c.received_at >= :from");
			params.put("from", DatabaseTime.of(q.from().atStartOfDay(zone).toInstant()));
		}
		if (q.to() != null) {
			where.append(" and c.received_at < :to");
			params.put("to", DatabaseTime.of(q.to().plusDays(1).atStartOfDay(zone).toInstant()));
		}
		if (q.text() != null) {
			where.append(" and (c.tracking_code = :code or lower(c.title) like :text or lower(c.description) like :text"
					+ " or (c.anonymous = false and lower(c.complainant_name) like :text))");
			params.put("code", TrackingCode.parse(q.text()).map(TrackingCode::value).orElse(q.text()));
			params.put("text", "%" + q.text().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
					+ "%");
		}
	}

	/**
	 * Deadlines that have passed (before today, or today after closing time) or fall today, in SQL so
	 * that filters, counts and pages agree.
	 */
	private static void dueFilter(InboxQuery.Due due, WorkingCalendar calendar, Instant now, StringBuilder where,
			Map<String, Object> params) {
		if (due == InboxQuery.Due.ANY) {
			return;
		}
		LocalDate today = calendar.today(now);
		boolean todayPassed = now.isAfter(calendar.closingTime(today));
		params.put("today", today);
		if (due == InboxQuery.Due.OVERDUE) {
			where.append(todayPassed ? " and c.current_due <= :today" : " and c.current_due < :today");
		}
		else {
			where.append(todayPassed ? " and 1 = 0" : " and c.current_due = :today");
		}
	}

	/**
	 * Complaints whose current deadline has passed, per work unit (no unit: still with the
	 * coordinator), for the dashboard.
	 */
	public Map<Long, Long> overdueByUnit() {
		WorkingCalendar calendar = calendars.current();
		Instant now = clock.instant();
		LocalDate today = calendar.today(now);
		boolean todayPassed = now.isAfter(calendar.closingTime(today));
		Map<Long, Long> counts = new LinkedHashMap<>();
		jdbc.sql("select coalesce(unit_id, 0) unit, count(*) n from complaint where current_due "
				+ (todayPassed ? "<=" : "<") + " ? group by coalesce(unit_id, 0)")
			.param(today)
			.query((rs, row) -> counts.put(rs.getLong("unit"), rs.getLong("n")))
			.list();
		return counts;
	}

	/** Facts for notices; see {@link ComplaintFacts} for why this is not a view for people. */
	public Optional<ComplaintFacts> facts(long id) {
		return complaints.byId(id).map(c -> {
			DeadlineSchedule plan = c.schedule();
			return new ComplaintFacts(c.id(), c.trackingCode().value(), c.title(), c.status(), c.receivedAt(),
					c.unitId(), c.unitId() == null ? null : catalog.unit(c.unitId()).map(WorkUnit::name).orElse(null),
					c.answer(), c.isAnonymous() ? null : c.complainant().name(), c.complainant().email(),
					c.isAnonymous(), plan == null ? null : plan.stage(), plan == null ? null : plan.currentDue(),
					plan == null ? null : plan.autoCloseDue(),
					c.timeline().isEmpty() ? null : c.timeline().get(c.timeline().size() - 1).note(), c.channelId(),
					c.channelReference(), c.complainant().phoneNotices() ? c.complainant().phone() : null);
		});
	}

	/**
	 * The latest complaint still open whose complainant gave this mobile number, however it was typed
	 * ({@code 0812…}, {@code 62812…}, {@code +62812…}): where a WhatsApp message from that number belongs.
	 * {@code international} is the number as WhatsApp gives it, digits with the country code (62…).
	 */
	public Optional<Long> openComplaintOfPhone(String international) {
		if (international == null || !international.matches("62[0-9]{7,13}")) {
			return Optional.empty();
		}
		String national = international.substring(2);
		return jdbc.sql("select id from complaint where complainant_phone in (?, ?, ?) and status not in ("
				+ String.join(", ", ComplaintStatus.finalNames().stream().map(name -> "'" + name + "'").toList())
				+ ") order by received_at desc, id desc fetch first 1 rows only")
			.params("0" + national, international, "+" + international)
			.query(Long.class)
			.optional();
	}

	/**
	 * The complaint a complainant opens with its tracking code and access key; empty when either is wrong,
	 * without telling which.
	 */
	public Optional<Long> openedByComplainant(TrackingCode code, AccessKey key) {
		return complaints.accessOf(code).filter(found -> key != null && key.matches(found.getValue())).map(Map.Entry::getKey);
	}

	/**
	 * Tracking codes of complaints with exactly this channel reference (a post link in standard form, a
	 * LAPOR! ticket), oldest first: the same link twice is a probable duplicate.
	 */
	public List<String> codesWithChannelReference(String reference) {
		if (reference == null || reference.isBlank()) {
			return List.of();
		}
		return jdbc.sql("select tracking_code from complaint where channel_reference = ? order by received_at, id")
			.param(reference)
			.query(String.class)
			.list();
	}

	/** The id of the complaint with this tracking code, for Aduan's own processes (not for people). */
	public Optional<Long> idOf(TrackingCode code) {
		return complaints.accessOf(code).map(Map.Entry::getKey);
	}

	/** Complaints whose staff deadline (verification or follow-up) falls on or before {@code until}. */
	public List<OpenDeadline> deadlinesUntil(LocalDate until) {
		return jdbc.sql("""
				select id, tracking_code, title, current_stage, current_due, unit_id from complaint
				where current_due is not null and current_due <= ? order by current_due, id""")
			.param(until)
			.query((rs, row) -> new OpenDeadline(rs.getLong("id"), rs.getString("tracking_code"), rs.getString("title"),
					DeadlineSchedule.Stage.valueOf(rs.getString("current_stage")), DatabaseTime.date(rs, "current_due"),
					rs.getObject("unit_id", Long.class)))
			.list();
	}

	/** Every complaint with a running staff deadline in the given units, most urgent first (for the digest). */
	public List<OpenDeadline> openIn(Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select id, tracking_code, title, current_stage, current_due, unit_id from complaint
				where current_due is not null and unit_id in (:units) order by current_due, id""")
			.param("units", unitIds)
			.query((rs, row) -> new OpenDeadline(rs.getLong("id"), rs.getString("tracking_code"), rs.getString("title"),
					DeadlineSchedule.Stage.valueOf(rs.getString("current_stage")), DatabaseTime.date(rs, "current_due"),
					rs.getObject("unit_id", Long.class)))
			.list();
	}

	public ComplaintDetails details(long id, Actor actor) {
		Complaint complaint = access.visible(id, actor);
		Handler handler = access.handler(actor);
		Classification c = complaint.classification();
		String duplicateOf = complaint.duplicateOfId() == null ? null
				: complaints.trackingCodeOf(complaint.duplicateOfId()).map(TrackingCode::value).orElse(null);
		return new ComplaintDetails(complaint, itemName(ReferenceList.CHANNEL, complaint.channelId()),
				itemName(ReferenceList.REPORT_TYPE, c.reportTypeId()), itemName(ReferenceList.FORM, c.formId()),
				itemName(ReferenceList.CATEGORY, c.categoryId()),
				c.serviceId() == null ? null : catalog.service(c.serviceId()).map(PublicService::name).orElse(null),
				complaint.unitId() == null ? null : catalog.unit(complaint.unitId()).map(WorkUnit::name).orElse(null),
				complaint.visibleComplainant(), complaint.timeline(), attachments.of(id),
				complaint.allowedActions(handler), duplicateOf, dueNow(complaint.schedule()));
	}

	private ComplaintDetails.DueNow dueNow(DeadlineSchedule plan) {
		if (plan == null) {
			return new ComplaintDetails.DueNow(DeadlineSchedule.State.NONE, 0, 0);
		}
		WorkingCalendar calendar = calendars.current();
		Instant now = clock.instant();
		return new ComplaintDetails.DueNow(plan.state(now, calendar), plan.overdueDays(now, calendar),
				plan.daysLeft(now, calendar));
	}

	/** A file of a complaint the user may see, with its content. */
	public Optional<AttachmentContent> attachment(long complaintId, long attachmentId, Actor actor) {
		access.visible(complaintId, actor);
		return attachments.find(complaintId, attachmentId)
			.map(found -> new AttachmentContent(found, attachments.content(found.id())));
	}

	/** An attachment with its bytes, for download. */
	public record AttachmentContent(Attachment attachment, byte[] content) {
	}

	private String itemName(ReferenceList list, Long id) {
		return id == null ? null : catalog.item(list, id).map(ReferenceItem::name).orElse(null);
	}
}
