package id.aduan.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import id.aduan.system.DatabaseTime;

@Repository
class ServiceLevelRules {

	private static final RowMapper<ServiceLevelRule> RULE = (rs, row) -> new ServiceLevelRule(rs.getLong("id"),
			rs.getString("name"), rs.getObject("report_type_id", Long.class), rs.getObject("category_id", Long.class),
			rs.getObject("service_id", Long.class), rs.getInt("verify_days"), rs.getInt("follow_up_days"),
			rs.getInt("resolve_days"), rs.getInt("auto_close_days"), rs.getObject("valid_from", LocalDate.class),
			rs.getObject("valid_to", LocalDate.class), DatabaseTime.instant(rs, "created_at"),
			rs.getString("created_by"));

	private final JdbcClient jdbc;

	private final CatalogCache cache;

	ServiceLevelRules(JdbcClient jdbc, CatalogCache cache) {
		this.jdbc = jdbc;
		this.cache = cache;
	}

	/** Read for every complaint registered or changed, so from memory (see {@link CatalogCache}). */
	List<ServiceLevelRule> all() {
		return cache.get("serviceLevelRules",
				() -> List.copyOf(jdbc.sql("select * from service_level_rule order by valid_from desc, id desc").query(RULE).list()));
	}

	Optional<ServiceLevelRule> byId(long id) {
		return jdbc.sql("select * from service_level_rule where id = ?").param(id).query(RULE).optional();
	}

	long add(String name, Long reportTypeId, Long categoryId, Long serviceId, int verify, int followUp, int resolve,
			int autoClose, LocalDate validFrom, String by, Instant at) {
		cache.changed();
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into service_level_rule (name, report_type_id, category_id, service_id, verify_days,
				       follow_up_days, resolve_days, auto_close_days, valid_from, created_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(name, reportTypeId, categoryId, serviceId, verify, followUp, resolve, autoClose, validFrom,
					DatabaseTime.of(at), by)
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	void close(long id, LocalDate validTo) {
		cache.changed();
		jdbc.sql("update service_level_rule set valid_to = ? where id = ?").params(validTo, id).update();
	}
}
