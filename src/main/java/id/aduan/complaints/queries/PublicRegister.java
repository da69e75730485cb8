package id.aduan.complaints.queries;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.complaints.ComplaintStatus;
import id.aduan.system.DatabaseTime;

/**
 * The register as anyone may see it (Open311's GET requests): never a confidential complaint, never the
 * complainant. Filters, order and pages are one SQL, so that they agree; confidential complaints are left
 * out in the query itself.
 */
@Component
@Transactional(readOnly = true)
public class PublicRegister {

	/** A complaint as the public sees it; {@code agency} is its unit, or the office while it has none. */
	public record Entry(long id, ComplaintStatus status, String answer, String description, Instant receivedAt,
			Instant updatedAt, LocalDate resolveDue, String incidentPlace, ComplaintStatus heldFrom,
			String serviceCode, String serviceName, String agency, String channelCode) {
	}

	/**
	 * Which complaints, newest first: those with {@code ids} (then nothing else filters), else those received
	 * from {@code start} to {@code end} (open-ended when null), with a service of {@code serviceCodes} or
	 * among {@code alsoIds} (when codes are given), final or not ({@code finalStatus}; null: both).
	 */
	public record Filter(Collection<Long> ids, Collection<String> serviceCodes, Collection<Long> alsoIds,
			Boolean finalStatus, Instant start, Instant end, int limit, long offset) {
	}

	private static final String SELECT = """
			select c.id, c.status, c.answer, c.description, c.received_at, c.resolve_due, c.incident_place,
			       c.held_from_status, s.code service_code, s.name service_name,
			       coalesce(u.name, o.full_name) agency, ch.code channel_code,
			       (select max(e.occurred_at) from complaint_event e where e.complaint_id = c.id) updated_at
			from complaint c
			join channel ch on ch.id = c.channel_id
			cross join office_profile o
			left join public_service s on s.id = c.service_id
			left join work_unit u on u.id = c.unit_id
			where c.confidential = false and o.id = 1""";

	private final JdbcClient jdbc;

	PublicRegister(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Entry> page(Filter filter) {
		StringBuilder where = new StringBuilder();
		Map<String, Object> params = new HashMap<>();
		if (!filter.ids().isEmpty()) {
			where.append(" and c.id in (:ids)");
			params.put("ids", filter.ids());
		}
		else {
			if (!filter.serviceCodes().isEmpty()) {
				where.append(" and (s.code in (:codes)");
				params.put("codes", filter.serviceCodes());
				if (!filter.alsoIds().isEmpty()) {
					where.append(" or c.id in (:also)");
					params.put("also", filter.alsoIds());
				}
				where.append(")");
			}
			if (filter.finalStatus() != null) {
				where.append(filter.finalStatus() ? " and c.status in (:final)" : " and c.status not in (:final)");
				params.put("final", ComplaintStatus.finalNames());
			}
			where.append(" and c.received_at >= :start");
			params.put("start", DatabaseTime.of(filter.start()));
			if (filter.end() != null) {
				where.append(" and c.received_at <= :end");
				params.put("end", DatabaseTime.of(filter.end()));
			}
		}
		params.put("limit", filter.limit());
		params.put("offset", filter.offset());
		return jdbc.sql(SELECT + where + " order by c.received_at desc, c.id desc limit :limit offset :offset")
			.params(params)
			.query((rs, row) -> entry(rs))
			.list();
	}

	public Optional<Entry> one(long id) {
		return jdbc.sql(SELECT + " and c.id = ?").param(id).query((rs, row) -> entry(rs)).optional();
	}

	/**
	 * The public complaints of a channel that have no service (any more), received from {@code start} to
	 * {@code end} (open-ended when null): for a channel that remembers the service each was sent with.
	 */
	public List<Long> withoutService(long channelId, Instant start, Instant end) {
		return jdbc.sql("select c.id from complaint c where c.confidential = false and c.service_id is null"
				+ " and c.channel_id = :channel and c.received_at >= :start"
				+ (end == null ? "" : " and c.received_at <= :end"))
			.param("channel", channelId)
			.param("start", DatabaseTime.of(start))
			.param("end", end == null ? null : DatabaseTime.of(end))
			.query(Long.class)
			.list();
	}

	private static Entry entry(ResultSet rs) throws SQLException {
		String held = rs.getString("held_from_status");
		return new Entry(rs.getLong("id"), ComplaintStatus.valueOf(rs.getString("status")), rs.getString("answer"),
				rs.getString("description"), DatabaseTime.instant(rs, "received_at"),
				DatabaseTime.instant(rs, "updated_at"), DatabaseTime.date(rs, "resolve_due"),
				rs.getString("incident_place"), held == null ? null : ComplaintStatus.valueOf(held),
				rs.getString("service_code"), rs.getString("service_name"), rs.getString("agency"),
				rs.getString("channel_code"));
	}
}
