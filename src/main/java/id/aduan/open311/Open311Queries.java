package id.aduan.open311;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
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
 * The public read model behind GET requests: one SQL over the register (as the reports read it), so that
 * filters, order and pages agree. Confidential complaints are left out in the query itself.
 */
@Component
@Transactional(readOnly = true)
class Open311Queries {

	private static final String SELECT = """
			select c.id, c.status, c.answer, c.description, c.received_at, c.resolve_due, c.incident_place,
			       c.held_from_status, coalesce(s.code, r.service_code) service_code, coalesce(s.name, rs.name) service_name,
			       coalesce(u.name, o.full_name) agency, ch.code channel_code, r.address_id, r.lat, r.lon, r.media_url,
			       (select max(e.occurred_at) from complaint_event e where e.complaint_id = c.id) updated_at
			from complaint c
			join channel ch on ch.id = c.channel_id
			cross join office_profile o
			left join public_service s on s.id = c.service_id
			left join open311_request r on r.complaint_id = c.id
			left join public_service rs on rs.code = r.service_code
			left join work_unit u on u.id = c.unit_id
			where c.confidential = false and o.id = 1""";

	private static final List<String> CLOSED = List.of(ComplaintStatus.CLOSED.name(),
			ComplaintStatus.NOT_OUR_AUTHORITY.name(), ComplaintStatus.REJECTED.name(), ComplaintStatus.DUPLICATE.name());

	private final JdbcClient jdbc;

	private final Clock clock;

	Open311Queries(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	List<RequestView> list(RequestQuery query) {
		StringBuilder where = new StringBuilder();
		Map<String, Object> params = new HashMap<>();
		if (!query.ids().isEmpty()) {
			where.append(" and c.id in (:ids)");
			params.put("ids", query.ids());
		}
		else {
			if (!query.serviceCodes().isEmpty()) {
				where.append(" and coalesce(s.code, r.service_code) in (:codes)");
				params.put("codes", query.serviceCodes());
			}
			boolean open = query.statuses().contains("open");
			boolean closed = query.statuses().contains("closed");
			if (open != closed) {
				where.append(open ? " and c.status not in (:closed)" : " and c.status in (:closed)");
				params.put("closed", CLOSED);
			}
			var start = query.start() != null ? query.start()
					: (query.end() != null ? query.end() : clock.instant()).minus(Duration.ofDays(90));
			where.append(" and c.received_at >= :start");
			params.put("start", DatabaseTime.of(start));
			if (query.end() != null) {
				where.append(" and c.received_at <= :end");
				params.put("end", DatabaseTime.of(query.end()));
			}
		}
		params.put("limit", query.pageSize());
		params.put("offset", (long) (query.page() - 1) * query.pageSize());
		return jdbc.sql(SELECT + where + " order by c.received_at desc, c.id desc limit :limit offset :offset")
			.params(params)
			.query((rs, row) -> view(rs))
			.list();
	}

	Optional<RequestView> one(long id) {
		return jdbc.sql(SELECT + " and c.id = ?").param(id).query((rs, row) -> view(rs)).optional();
	}

	private static RequestView view(ResultSet rs) throws SQLException {
		return new RequestView(rs.getLong("id"), ComplaintStatus.valueOf(rs.getString("status")), rs.getString("answer"),
				rs.getString("service_code"), rs.getString("service_name"), rs.getString("description"),
				rs.getString("agency"), DatabaseTime.instant(rs, "received_at"), DatabaseTime.instant(rs, "updated_at"),
				DatabaseTime.date(rs, "resolve_due"), rs.getString("incident_place"), rs.getString("address_id"),
				rs.getBigDecimal("lat"), rs.getBigDecimal("lon"), rs.getString("media_url"), rs.getString("channel_code"),
				rs.getString("held_from_status") == null ? null : ComplaintStatus.valueOf(rs.getString("held_from_status")));
	}
}
