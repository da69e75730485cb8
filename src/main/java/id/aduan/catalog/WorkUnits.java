package id.aduan.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.aduan.system.RecordRowMapper;

@Repository
class WorkUnits {

	private final JdbcClient jdbc;

	private final CatalogCache cache;

	WorkUnits(JdbcClient jdbc, CatalogCache cache) {
		this.jdbc = jdbc;
		this.cache = cache;
	}

	List<WorkUnit> all() {
		return jdbc.sql("select id, code, name, parent_id, email, active, sort_order from work_unit order by sort_order, name")
			.query(RecordRowMapper.of(WorkUnit.class))
			.list();
	}

	Optional<WorkUnit> byCode(String code) {
		return jdbc.sql("select id, code, name, parent_id, email, active, sort_order from work_unit where code = ?")
			.param(code)
			.query(RecordRowMapper.of(WorkUnit.class))
			.optional();
	}

	long add(String code, String name, Long parentId, String email, int sortOrder) {
		cache.changed();
		jdbc.sql("insert into work_unit (code, name, parent_id, email, active, sort_order) values (?, ?, ?, ?, true, ?)")
			.params(code, name, parentId, email, sortOrder)
			.update();
		return byCode(code).orElseThrow().id();
	}

	void update(long id, String name, Long parentId, String email, boolean active, int sortOrder) {
		cache.changed();
		jdbc.sql("update work_unit set name = ?, parent_id = ?, email = ?, active = ?, sort_order = ? where id = ?")
			.params(name, parentId, email, active, sortOrder, id)
			.update();
	}
}
