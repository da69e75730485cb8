package id.aduan.complaints;

import java.time.Instant;

import id.aduan.accounts.Role;

/**
 * One event in a complaint's history: what happened, when, by whom, the status it left the complaint
 * in, and an optional note. Entries are only ever added. {@link Kind} decides what the public
 * tracking page may show of it.
 */
public record TimelineEntry(Long id, Instant occurredAt, Kind kind, ComplaintStatus statusAfter, Long actorId,
		String actorName, Role actorRole, String note, String detail) {

	/** The kinds of event, each with whether citizens see it and whether they see its note. */
	public enum Kind {

		REGISTERED(true, false),
		VERIFIED(true, false),
		CLASSIFIED(false, false),
		ROUTED(true, false),
		FOLLOWED_UP(true, false),
		ANSWERED(true, true),
		CLOSED(true, true),
		HELD(true, true),
		RESUMED(true, false),
		REFERRED(true, true),
		REJECTED(true, true),
		MARKED_DUPLICATE(true, true),
		REOPENED(true, true),
		RETURNED(false, false),
		NOTE(false, false),
		IDENTITY_VIEWED(false, false),
		DISPUTED(true, true),
		RATED(true, false),
		AUTO_CLOSED(true, false),
		/** The channel a complaint came by says something changed (e.g. a re-import from SP4N-LAPOR!). */
		CHANNEL_UPDATE(false, false),
		/** The complaint was brought in from the office's records of before Aduan (module history). */
		IMPORTED(false, false),
		/** The complaint was put in the hands of a named officer of its unit ({@code detail} names them). */
		ASSIGNED(false, false),
		/** Aduan raised the overdue complaint to the head (the audit line says by how many working days). */
		ESCALATED(false, false),
		/**
		 * The complainant sent more evidence by a channel that cannot be asked again (a photo on WhatsApp);
		 * {@code detail} names the file kept, for staff only.
		 */
		EVIDENCE_ADDED(true, false);

		private final boolean publicEvent;

		private final boolean publicNote;

		Kind(boolean publicEvent, boolean publicNote) {
			this.publicEvent = publicEvent;
			this.publicNote = publicNote;
		}

		public boolean isPublic() {
			return publicEvent;
		}

		public boolean isNotePublic() {
			return publicNote;
		}
	}

	TimelineEntry withId(long newId) {
		return new TimelineEntry(newId, occurredAt, kind, statusAfter, actorId, actorName, actorRole, note, detail);
	}
}
