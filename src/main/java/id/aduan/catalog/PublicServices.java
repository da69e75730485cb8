package id.aduan.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.aduan.system.RecordRowMapper;

@Repository
class PublicServices {

	private final JdbcClient jdbc;

	private final CatalogCache cache;

	PublicServices(JdbcClient jdbc, CatalogCache cache) {
		this.jdbc = jdbc;
		this.cache = cache;
	}

	List<PublicService> all() {
		return jdbc.sql("select id, code, name, unit_id, active, sort_order from public_service order by sort_order, code")
			.query(RecordRowMapper.of(PublicService.class))
			.list();
	}

	Optional<PublicService> byCode(String code) {
		return jdbc.sql("select id, code, name, unit_id, active, sort_order from public_service where code = ?")
			.param(code)
			.query(RecordRowMapper.of(PublicService.class))
			.optional();
	}

	long add(String code, String name, long unitId, int sortOrder) {
		cache.changed();
		jdbc.sql("insert into public_service (code, name, unit_id, active, sort_order) values (?, ?, ?, true, ?)")
			.params(code, name, unitId, sortOrder)
			.update();
		return byCode(code).orElseThrow().id();
	}

	void update(long id, String name, long unitId, boolean active, int sortOrder) {
		cache.changed();
		jdbc.sql("update public_service set name = ?, unit_id = ?, active = ?, sort_order = ? where id = ?")
			.params(name, unitId, active, sortOrder, id)
			.update();
	}
}
