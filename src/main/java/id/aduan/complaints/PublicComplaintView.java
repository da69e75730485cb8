package id.aduan.complaints;

import java.time.Instant;
import java.util.List;

/**
 * What the tracking page shows to whoever holds the tracking code: status, the public part of the
 * timeline and the office's answer. Never the complainant, internal notes or staff names; for a
 * confidential (rahasia) complaint not even its title.
 */
public record PublicComplaintView(String trackingCode, Instant receivedAt, String title, boolean confidential,
		ComplaintStatus status, PublicStage stage, boolean onHold, String answer, Instant answeredAt,
		List<Event> timeline) {

	/** A public timeline event: what happened, when, and the note citizens may read. */
	public record Event(Instant occurredAt, TimelineEntry.Kind kind, ComplaintStatus statusAfter, String note,
			String detail) {
	}
}
