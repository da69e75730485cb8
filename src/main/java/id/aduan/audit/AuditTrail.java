package id.aduan.audit;

import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.system.DatabaseTime;

/**
 * Appends to the audit trail. Must run inside the caller's transaction: an audit line for a change
 * that was rolled back would be a lie, and a change without its line a hole.
 */
@Component
public class AuditTrail {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
		this.jdbc = jdbc;
		this.template = template;
		this.clock = clock;
	}

	/** One line of the trail, for {@link #recordAll}. */
	public record Line(String actor, String action, String subjectType, String subjectId, String detail) {
	}

	private static final String INSERT = """
			insert into audit_entry (occurred_at, actor, action, subject_type, subject_id, detail)
			values (?, ?, ?, ?, ?, ?)""";

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String actor, String action, String subjectType, String subjectId, String detail) {
		recordAll(List.of(new Line(actor, action, subjectType, subjectId, detail)));
	}

	/** Several lines in one batched statement, e.g. for complaints registered together. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordAll(List<Line> lines) {
		Object at = DatabaseTime.of(clock.instant());
		template.batchUpdate(INSERT, lines.stream()
			.map(line -> new Object[] { at, line.actor(), line.action(), line.subjectType(), line.subjectId(),
					line.detail() == null ? null
							: line.detail().length() > 2000 ? line.detail().substring(0, 2000) : line.detail() })
			.toList());
	}

	public List<AuditEntry> forSubject(String subjectType, String subjectId) {
		return jdbc.sql("""
				select id, occurred_at, actor, action, subject_type, subject_id, detail
				from audit_entry where subject_type = ? and subject_id = ? order by id""")
			.params(subjectType, subjectId)
			.query((rs, row) -> new AuditEntry(rs.getLong("id"), DatabaseTime.instant(rs, "occurred_at"),
					rs.getString("actor"), rs.getString("action"), rs.getString("subject_type"),
					rs.getString("subject_id"), rs.getString("detail")))
			.list();
	}
}
