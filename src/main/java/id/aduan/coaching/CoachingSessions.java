package id.aduan.coaching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import id.aduan.catalog.PublicService;
import id.aduan.system.DatabaseTime;
import id.aduan.system.RecordRowMapper;

/**
 * Stores sessions with their services and integrated services. An update rewrites both lists and is
 * guarded by the version the editor saw.
 */
@Repository
class CoachingSessions {

	private final JdbcClient jdbc;

	CoachingSessions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<CoachingSession> byId(long id) {
		return jdbc.sql("select * from coaching_session where id = ?").param(id).query(row()).optional();
	}

	List<SessionSummary> between(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select s.id, s.kind, s.topic, s.held_on, s.place, s.letter_number,
				       (select count(*) from coaching_attendee a where a.session_id = s.id and a.kind = 'PARTICIPANT') participants,
				       (select count(*) from coaching_photo p where p.session_id = s.id) photos
				from coaching_session s where s.held_on >= ? and s.held_on <= ?
				order by s.held_on desc, s.id desc""")
			.params(from, to)
			.query((rs, n) -> new SessionSummary(rs.getLong("id"), SessionKind.valueOf(rs.getString("kind")),
					rs.getString("topic"), DatabaseTime.date(rs, "held_on"), rs.getString("place"),
					rs.getString("letter_number"), rs.getInt("participants"), rs.getInt("photos")))
			.list();
	}

	long add(SessionDraft draft, List<Long> serviceIds, List<String> integrated, Instant at, String by) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into coaching_session (version, kind, topic, held_on, start_time, end_time, place, purpose, outcome,
				                              created_at, created_by, updated_at, updated_by)
				values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(draft.kind().name(), draft.topic(), draft.date(), draft.startTime(), draft.endTime(), draft.place(),
					draft.purpose(), draft.outcome(), DatabaseTime.of(at), by, DatabaseTime.of(at), by)
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		writeLists(id, serviceIds, integrated);
		return id;
	}

	/** False when somebody else changed the session since {@code version}. */
	boolean update(long id, int version, SessionDraft draft, List<Long> serviceIds, List<String> integrated,
			Instant at, String by) {
		int updated = jdbc.sql("""
				update coaching_session set version = version + 1, kind = ?, topic = ?, held_on = ?, start_time = ?,
				       end_time = ?, place = ?, purpose = ?, outcome = ?, updated_at = ?, updated_by = ?
				where id = ? and version = ?""")
			.params(draft.kind().name(), draft.topic(), draft.date(), draft.startTime(), draft.endTime(), draft.place(),
					draft.purpose(), draft.outcome(), DatabaseTime.of(at), by, id, version)
			.update();
		if (updated != 1) {
			return false;
		}
		jdbc.sql("delete from coaching_service where session_id = ?").param(id).update();
		jdbc.sql("delete from coaching_integrated_service where session_id = ?").param(id).update();
		writeLists(id, serviceIds, integrated);
		return true;
	}

	/** False when the session already has a number (someone else was quicker). */
	boolean number(long id, long letterNumberId, String letterNumber, Instant at, String by) {
		return jdbc.sql("""
				update coaching_session set version = version + 1, letter_number_id = ?, letter_number = ?,
				       updated_at = ?, updated_by = ?
				where id = ? and letter_number_id is null""")
			.params(letterNumberId, letterNumber, DatabaseTime.of(at), by, id)
			.update() == 1;
	}

	/** Marks the session changed by someone, e.g. when people or photos were added. */
	void touch(long id, Instant at, String by) {
		jdbc.sql("update coaching_session set version = version + 1, updated_at = ?, updated_by = ? where id = ?")
			.params(DatabaseTime.of(at), by, id)
			.update();
	}

	void setCheckInToken(long id, String token) {
		jdbc.sql("update coaching_session set check_in_token = ? where id = ?").params(token, id).update();
	}

	Optional<Long> byCheckInToken(String token) {
		return jdbc.sql("select id from coaching_session where check_in_token = ?")
			.param(token)
			.query(Long.class)
			.optional();
	}

	private void writeLists(long id, List<Long> serviceIds, List<String> integrated) {
		for (int i = 0; i < serviceIds.size(); i++) {
			jdbc.sql("insert into coaching_service (session_id, service_id, position) values (?, ?, ?)")
				.params(id, serviceIds.get(i), i + 1)
				.update();
		}
		for (int i = 0; i < integrated.size(); i++) {
			jdbc.sql("insert into coaching_integrated_service (session_id, position, name) values (?, ?, ?)")
				.params(id, i + 1, integrated.get(i))
				.update();
		}
	}

	private RowMapper<CoachingSession> row() {
		return (rs, n) -> {
			long id = rs.getLong("id");
			return new CoachingSession(id, rs.getInt("version"), SessionKind.valueOf(rs.getString("kind")),
					rs.getString("topic"), DatabaseTime.date(rs, "held_on"), rs.getString("start_time"),
					rs.getString("end_time"), rs.getString("place"), rs.getString("purpose"), rs.getString("outcome"),
					rs.getObject("letter_number_id", Long.class), rs.getString("letter_number"),
					rs.getString("check_in_token"), DatabaseTime.instant(rs, "created_at"), rs.getString("created_by"),
					DatabaseTime.instant(rs, "updated_at"), rs.getString("updated_by"), services(id), integrated(id));
		};
	}

	private List<PublicService> services(long id) {
		return jdbc.sql("""
				select p.id, p.code, p.name, p.unit_id, p.active, p.sort_order
				from coaching_service s join public_service p on p.id = s.service_id
				where s.session_id = ? order by s.position""")
			.param(id)
			.query(RecordRowMapper.of(PublicService.class))
			.list();
	}

	private List<String> integrated(long id) {
		return jdbc.sql("select name from coaching_integrated_service where session_id = ? order by position")
			.param(id)
			.query(String.class)
			.list();
	}
}
