package id.aduan.followup;

import org.springframework.stereotype.Component;

import id.aduan.complaints.ComplaintHandling;
import id.aduan.complaints.ComplaintQueries;
import id.aduan.system.ActionRefused;

/**
 * Raises to the head (kepala) every open complaint overdue by at least
 * {@link FollowUpSettings#escalateAfterDays()} working days, once: the complaint records it (a stored
 * time and a history entry, {@code Complaint.escalate}), and its event brings the head's email
 * ({@link ComplaintNotices}) and in-app notice ({@link StaffNotices}). Each complaint is raised in its own
 * transaction, so one that fails does not hold up the others.
 */
@Component
class Escalation {

	private final ComplaintQueries complaints;

	private final ComplaintHandling handling;

	private final FollowUpSettings settings;

	Escalation(ComplaintQueries complaints, ComplaintHandling handling, FollowUpSettings settings) {
		this.complaints = complaints;
		this.handling = handling;
		this.settings = settings;
	}

	/** Raises what is due to be raised; returns how many complaints were. */
	int escalate() {
		int raised = 0;
		for (ComplaintQueries.Overdue overdue : complaints.overdueNotEscalated()) {
			if (overdue.days() < settings.escalateAfterDays()) {
				continue;
			}
			try {
				if (handling.escalate(overdue.complaintId(), overdue.days())) {
					raised++;
				}
			}
			catch (ActionRefused raisedMeanwhile) {
				// another instance raised it (or it changed) since it was listed: it is not raised twice
			}
		}
		return raised;
	}
}
