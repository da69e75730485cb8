package id.aduan.coaching;

import java.time.Instant;
import java.util.List;

/**
 * A session as its page shows it: the session, its people, its photos, and the complaints it followed
 * up with their follow-up photos (only those the reader may see; others show their code alone).
 */
public record SessionDetails(CoachingSession session, List<Attendee> representatives, List<Attendee> participants,
		List<SessionPhoto> photos, List<FollowedUpComplaint> complaints) {

	/** A linked complaint; {@code title} is null when the reader may not see the complaint. */
	public record FollowedUpComplaint(long complaintId, String trackingCode, String title, Instant linkedAt,
			String linkedBy, List<FollowUpPhoto> photos) {
	}

	/** A follow-up photo of a linked complaint, and whether it is chosen for the report's appendix. */
	public record FollowUpPhoto(long attachmentId, String fileName, Instant uploadedAt, boolean chosen,
			String caption) {
	}
}
