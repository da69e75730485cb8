package id.aduan.coaching;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.aduan.system.DatabaseTime;

/** Representatives and participants of sessions, in the order they were added. */
@Repository
class Attendees {

	private static final RowMapper<Attendee> ATTENDEE = (rs, n) -> new Attendee(rs.getLong("id"),
			AttendeeKind.valueOf(rs.getString("kind")), rs.getInt("position"), rs.getString("name"),
			rs.getString("capacity"), rs.getString("institution"), rs.getBoolean("self_checked_in"),
			DatabaseTime.instant(rs, "added_at"), rs.getString("added_by"));

	private final JdbcClient jdbc;

	Attendees(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Attendee> of(long sessionId, AttendeeKind kind) {
		return jdbc.sql("select * from coaching_attendee where session_id = ? and kind = ? order by position, id")
			.params(sessionId, kind.name())
			.query(ATTENDEE)
			.list();
	}

	Optional<Attendee> find(long sessionId, long id) {
		return jdbc.sql("select * from coaching_attendee where session_id = ? and id = ?")
			.params(sessionId, id)
			.query(ATTENDEE)
			.optional();
	}

	void add(long sessionId, AttendeeKind kind, List<PersonDraft> people, boolean selfCheckedIn, Instant at,
			String by) {
		int position = jdbc.sql("select coalesce(max(position), 0) from coaching_attendee where session_id = ? and kind = ?")
			.params(sessionId, kind.name())
			.query(Integer.class)
			.single();
		for (PersonDraft person : people) {
			jdbc.sql("""
					insert into coaching_attendee (session_id, kind, position, name, capacity, institution, self_checked_in,
					                               added_at, added_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(sessionId, kind.name(), ++position, person.name(), person.capacity(), person.institution(),
						selfCheckedIn, DatabaseTime.of(at), by)
				.update();
		}
	}

	boolean listed(long sessionId, AttendeeKind kind, String name) {
		return jdbc.sql("select count(*) from coaching_attendee where session_id = ? and kind = ? and lower(name) = lower(?)")
			.params(sessionId, kind.name(), name)
			.query(Long.class)
			.single() > 0;
	}

	void remove(long sessionId, long id) {
		jdbc.sql("delete from coaching_attendee where session_id = ? and id = ?").params(sessionId, id).update();
	}
}
