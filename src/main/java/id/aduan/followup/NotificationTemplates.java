package id.aduan.followup;

import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.audit.AuditTrail;
import id.aduan.system.DatabaseTime;
import id.aduan.system.MaxLength;
import id.aduan.system.PlainText;
import id.aduan.system.Problems;
import id.aduan.system.Required;

/** The email templates, read for every notice and edited by the administrator. */
@Component
public class NotificationTemplates {

	/** A template as the administrator edits it. */
	private record Edited(@Required @MaxLength(300) @PlainText String subject,
			@Required @MaxLength(10000) @PlainText String body) {
	}

	private static final RowMapper<NotificationTemplate> TEMPLATE = (rs, row) -> new NotificationTemplate(
			NotificationKind.valueOf(rs.getString("kind")), rs.getString("subject"), rs.getString("body"));

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditTrail audit;

	NotificationTemplates(JdbcClient jdbc, Clock clock, AuditTrail audit) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.audit = audit;
	}

	public List<NotificationTemplate> all() {
		return jdbc.sql("select kind, subject, body from notification_template order by kind").query(TEMPLATE).list();
	}

	public NotificationTemplate of(NotificationKind kind) {
		return jdbc.sql("select kind, subject, body from notification_template where kind = ?")
			.param(kind.name())
			.query(TEMPLATE)
			.single();
	}

	@Transactional
	public void save(NotificationKind kind, String subject, String body, String by) {
		new Problems().validate(new Edited(subject, body)).throwIfAny();
		jdbc.sql("update notification_template set subject = ?, body = ?, changed_at = ?, changed_by = ? where kind = ?")
			.params(subject.trim(), body.strip(), DatabaseTime.of(clock.instant()), by, kind.name())
			.update();
		audit.record(by, "MAIL_TEMPLATE_CHANGED", "notification_template", kind.name(), subject.trim());
	}
}
