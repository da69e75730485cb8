package id.aduan.complaints.queries;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.complaints.ComplaintStatus;
import id.aduan.system.DatabaseTime;

/**
 * Where complaints stand, for reporting back to the channel they came from (SP4N-LAPOR!): status, unit,
 * answer, the latest follow-up note and when the complaint last changed.
 */
@Component
@Transactional(readOnly = true)
public class ComplaintProgress {

	/**
	 * Where one complaint stands. {@code lastNote} is the latest follow-up's note, {@code updatedAt} the
	 * time of its latest history entry of any kind.
	 */
	public record Standing(long id, String trackingCode, ComplaintStatus status, ComplaintStatus heldFrom,
			String unitName, String answer, Instant answeredAt, String lastNote, Instant lastNoteAt,
			Instant updatedAt) {
	}

	private final JdbcClient jdbc;

	ComplaintProgress(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Where these complaints stand, by id; ids of no complaint are left out. */
	public Map<Long, Standing> of(Collection<Long> ids) {
		Map<Long, Standing> standings = new HashMap<>();
		for (List<Long> batch : ComplaintReferences.batches(ids)) {
			jdbc.sql("""
					select c.id, c.tracking_code, c.status, c.held_from_status, u.name unit, c.answer, c.answered_at,
					       (select e.note from complaint_event e where e.complaint_id = c.id and e.kind = 'FOLLOWED_UP'
					        order by e.occurred_at desc, e.id desc fetch first 1 rows only) last_note,
					       (select max(e.occurred_at) from complaint_event e where e.complaint_id = c.id and e.kind = 'FOLLOWED_UP') last_note_at,
					       (select max(e.occurred_at) from complaint_event e where e.complaint_id = c.id) updated_at
					from complaint c
					left join work_unit u on u.id = c.unit_id
					where c.id in (:ids)""")
				.param("ids", batch)
				.query((rs, row) -> {
					String held = rs.getString("held_from_status");
					return new Standing(rs.getLong("id"), rs.getString("tracking_code"),
							ComplaintStatus.valueOf(rs.getString("status")),
							held == null ? null : ComplaintStatus.valueOf(held), rs.getString("unit"),
							rs.getString("answer"), DatabaseTime.instant(rs, "answered_at"), rs.getString("last_note"),
							DatabaseTime.instant(rs, "last_note_at"), DatabaseTime.instant(rs, "updated_at"));
				})
				.list()
				.forEach(standing -> standings.put(standing.id(), standing));
		}
		return standings;
	}
}
