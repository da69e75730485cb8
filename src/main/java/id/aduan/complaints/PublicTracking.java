package id.aduan.complaints;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import id.aduan.catalog.ServiceLevel;

/**
 * What the public sees of a complaint, for whoever holds its tracking code: status and stage, the
 * public steps of its timeline, the answer; the title only when the complaint is not confidential,
 * no name and no staff note. The commonest request from outside, so it is one statement and runs in
 * no transaction of its own (unlike {@link ComplaintQueries}, whose reads share a read-only one).
 */
@Component
public class PublicTracking {

	private final Complaints complaints;

	PublicTracking(Complaints complaints) {
		this.complaints = complaints;
	}

	/** The view of the complaint with this code; empty for a code that is not in the register. */
	public Optional<PublicComplaintView> view(TrackingCode code) {
		return view(code, false);
	}

	/**
	 * The view for the complainant, who proved they hold the access key: a confidential complaint shows them
	 * its own title. Hiding it is for everyone else who may know the code.
	 */
	public Optional<PublicComplaintView> viewForComplainant(TrackingCode code) {
		return view(code, true);
	}

	/**
	 * What the complaint's receipt (tanda terima) says beside the code: when and through which channel it
	 * arrived, and by when the office verifies and answers it, from its own {@link DeadlineSchedule}.
	 */
	public Optional<PublicReceipt> receipt(TrackingCode code) {
		return complaints.byTrackingCode(code).map(complaint -> {
			DeadlineSchedule schedule = complaint.schedule();
			ServiceLevel level = complaint.serviceLevel() == null ? ServiceLevel.SP4N : complaint.serviceLevel();
			return new PublicReceipt(complaint.trackingCode().value(), complaint.receivedAt(), complaint.channelId(),
					complaint.isConfidential(), schedule == null ? null : schedule.verifyDue(),
					schedule == null ? null : schedule.resolveDue(), level.verifyDays(), level.resolveDays());
		});
	}

	private Optional<PublicComplaintView> view(TrackingCode code, boolean complainant) {
		return complaints.byTrackingCode(code).map(complaint -> {
			List<PublicComplaintView.Event> events = complaint.timeline()
				.stream()
				.filter(entry -> entry.kind().isPublic())
				.map(entry -> new PublicComplaintView.Event(entry.occurredAt(), entry.kind(), entry.statusAfter(),
						entry.kind().isNotePublic() ? entry.note() : null, publicDetail(entry)))
				.toList();
			return new PublicComplaintView(complaint.trackingCode().value(), complaint.receivedAt(),
					complaint.isConfidential() && !complainant ? null : complaint.title(), complaint.isConfidential(),
					complaint.status(), complaint.status().publicStage(complaint.heldFromStatus()),
					complaint.status() == ComplaintStatus.ON_HOLD, complaint.answer(), complaint.answeredAt(), events);
		});
	}

	/** The unit a complaint went to, the body it was referred to, the original of a duplicate: public facts. */
	private static String publicDetail(TimelineEntry entry) {
		return switch (entry.kind()) {
			case ROUTED, REFERRED, MARKED_DUPLICATE -> entry.detail();
			default -> null;
		};
	}
}
