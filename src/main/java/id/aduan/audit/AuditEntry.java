package id.aduan.audit;

import java.time.Instant;

/** One line of the audit trail. */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String subjectType,
		String subjectId, String detail) {
}
