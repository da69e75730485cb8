package id.aduan.coaching;

import java.time.Instant;

/** A follow-up photo of a linked complaint, chosen through the session for the report's appendix. */
public record ChosenComplaintPhoto(long complaintId, long attachmentId, String caption, Instant chosenAt,
		String chosenBy) {
}
