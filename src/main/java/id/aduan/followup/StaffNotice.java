package id.aduan.followup;

import java.time.Instant;

/**
 * One in-app notice to a member of staff: what happened ({@link Kind}) to which complaint ({@code text}
 * holds its tracking code and title, as the notice list shows them), and whether it was read.
 */
public record StaffNotice(long id, Kind kind, Long complaintId, String text, Instant createdAt, boolean read) {

	/** What a notice tells of. */
	public enum Kind {
		/** A complaint came in (to the coordinators). */
		NEW,
		/** A complaint was put in your hands. */
		ASSIGNED,
		/** A deadline is near. */
		DUE_SOON,
		/** A deadline has passed. */
		OVERDUE,
		/** A complaint was raised to the head. */
		ESCALATED,
		/** The complainant wrote in the complaint's thread. */
		MESSAGE
	}
}
