package id.aduan.recaps;

import java.time.Instant;

/**
 * Complaints a unit received outside Aduan, as one line of its recap: how many, alike in channel,
 * category, form, service, status and response time (working days). {@code origin} says whether it was
 * typed in ({@code MANUAL}) or came from the recap spreadsheet ({@code IMPORT}); {@code onBehalf}, that
 * {@code addedBy} is the coordinator, who entered it for a unit that has no officer account.
 */
public record RecapEntry(long id, long recapId, long channelId, Long categoryId, Long formId, Long serviceId,
		String status, Integer responseDays, int complaints, String note, String origin, Instant addedAt,
		String addedBy, boolean onBehalf) {

	public static final String MANUAL = "MANUAL";

	public static final String IMPORT = "IMPORT";
}
