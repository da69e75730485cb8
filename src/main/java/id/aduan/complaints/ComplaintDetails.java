package id.aduan.complaints;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A complaint as one member of staff may see it: the names of what it points at, the complainant
 * only where that person may see them, and the actions open to that person now.
 */
public record ComplaintDetails(Complaint complaint, String channelName, String reportTypeName, String formName,
		String categoryName, String serviceName, String unitName, Optional<Complainant> complainant,
		List<TimelineEntry> timeline, List<Attachment> attachments, Set<Action> actions, String duplicateOfCode,
		DueNow due) {

	/** Where the current deadline stands as the page is shown. */
	public record DueNow(DeadlineSchedule.State state, int overdueDays, int daysLeft) {
	}

	public boolean can(String action) {
		return actions.contains(Action.valueOf(action));
	}
}
