package id.aduan.intake.regions;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.aduan.system.RecordRowMapper;

/**
 * The rows of {@code region_place}, intake's table. Rows are never deleted: complaints point at them,
 * and a retired place is only deactivated.
 */
@Repository
class RegionRows {

	private static final String COLUMNS = "select id, code, name, kind, parent_id, active, sort_order from region_place";

	private final JdbcClient jdbc;

	RegionRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<RegionEntry> all() {
		return jdbc.sql(COLUMNS + " order by sort_order, name").query(RecordRowMapper.of(RegionEntry.class)).list();
	}

	Optional<RegionEntry> byId(long id) {
		return jdbc.sql(COLUMNS + " where id = ?").param(id).query(RecordRowMapper.of(RegionEntry.class)).optional();
	}

	Optional<RegionEntry> byCode(String code) {
		return jdbc.sql(COLUMNS + " where code = ?").param(code).query(RecordRowMapper.of(RegionEntry.class)).optional();
	}

	long add(String code, String name, PlaceKind kind, Long parentId, int sortOrder) {
		jdbc.sql("insert into region_place (code, name, kind, parent_id, active, sort_order) values (?, ?, ?, ?, true, ?)")
			.params(code, name, kind.name(), parentId, sortOrder)
			.update();
		return byCode(code).orElseThrow().id();
	}

	void update(long id, String name, Long parentId, boolean active, int sortOrder) {
		jdbc.sql("update region_place set name = ?, parent_id = ?, active = ?, sort_order = ? where id = ?")
			.params(name, parentId, active, sortOrder, id)
			.update();
	}

	/** The order a new place takes: after the districts, or after its district's villages. */
	int nextOrder(Long parentId) {
		Integer last = parentId == null
				? jdbc.sql("select max(sort_order) from region_place where parent_id is null").query(Integer.class).single()
				: jdbc.sql("select max(sort_order) from region_place where parent_id = ? or id = ?")
					.params(parentId, parentId)
					.query(Integer.class)
					.single();
		return (last == null ? 0 : last) + (parentId == null ? 10 : 1);
	}
}
