package id.aduan.complaints;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

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
		return complaints.byTrackingCode(code).map(complaint -> {
			List<PublicComplaintView.Event> events = complaint.timeline()
				.stream()
				.filter(entry -> entry.kind().isPublic())
				.map(entry -> new PublicComplaintView.Event(entry.occurredAt(), entry.kind(), entry.statusAfter(),
						entry.kind().isNotePublic() ? entry.note() : null, publicDetail(entry)))
				.toList();
			return new PublicComplaintView(complaint.trackingCode().value(), complaint.receivedAt(),
					complaint.isConfidential() ? null : complaint.title(), complaint.isConfidential(),
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
