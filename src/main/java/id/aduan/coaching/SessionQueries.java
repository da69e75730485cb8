package id.aduan.coaching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.accounts.Actor;
import id.aduan.complaints.Attachment;
import id.aduan.complaints.ComplaintDetails;
import id.aduan.complaints.ComplaintQueries;
import id.aduan.system.NotFound;

/**
 * Reading sessions: every member of staff may, the administrator excepted (they handle no content).
 * {@link #details} runs without a transaction of its own on purpose: it asks the complaint register
 * about each linked complaint, and a complaint the reader may not see ("not found") must not spoil a
 * shared transaction.
 */
@Component
public class SessionQueries {

	/** A photo with its bytes, for download. */
	public record PhotoContent(SessionPhoto photo, byte[] content) {
	}

	private final CoachingSessions sessions;

	private final Attendees attendees;

	private final SessionPhotos photos;

	private final ComplaintQueries complaints;

	SessionQueries(CoachingSessions sessions, Attendees attendees, SessionPhotos photos, ComplaintQueries complaints) {
		this.sessions = sessions;
		this.attendees = attendees;
		this.photos = photos;
		this.complaints = complaints;
	}

	@Transactional(readOnly = true)
	public List<SessionSummary> held(int year, Actor actor) {
		mayRead(actor);
		return sessions.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	@Transactional(readOnly = true)
	public CoachingSession session(long id, Actor actor) {
		mayRead(actor);
		return sessions.byId(id).orElseThrow(() -> new NotFound("coaching.notFound"));
	}

	public SessionDetails details(long id, Actor actor) {
		CoachingSession session = session(id, actor);
		Map<Long, ChosenComplaintPhoto> chosen = photos.chosenComplaintPhotos(id)
			.stream()
			.collect(Collectors.toMap(ChosenComplaintPhoto::attachmentId, Function.identity()));
		List<SessionDetails.FollowedUpComplaint> followedUp = new ArrayList<>();
		for (LinkedComplaint link : photos.links(id)) {
			Optional<ComplaintDetails> complaint = visible(link.complaintId(), actor);
			List<SessionDetails.FollowUpPhoto> followUpPhotos = complaint.map(details -> details.attachments()
				.stream()
				.filter(file -> file.purpose() == Attachment.Purpose.DOCUMENTATION && file.isImage())
				.map(file -> new SessionDetails.FollowUpPhoto(file.id(), file.fileName(), file.uploadedAt(),
						chosen.containsKey(file.id()),
						chosen.containsKey(file.id()) ? chosen.get(file.id()).caption() : null))
				.toList()).orElse(List.of());
			followedUp.add(new SessionDetails.FollowedUpComplaint(link.complaintId(), link.trackingCode(),
					complaint.map(details -> details.complaint().title()).orElse(null), link.linkedAt(),
					link.linkedBy(), followUpPhotos));
		}
		return new SessionDetails(session, attendees.of(id, AttendeeKind.REPRESENTATIVE),
				attendees.of(id, AttendeeKind.PARTICIPANT), photos.of(id), followedUp);
	}

	@Transactional(readOnly = true)
	public PhotoContent photo(long sessionId, long photoId, Actor actor) {
		mayRead(actor);
		SessionPhoto photo = photos.find(sessionId, photoId).orElseThrow(() -> new NotFound("coaching.photo.notFound"));
		return new PhotoContent(photo, photos.content(photo.id()));
	}

	private Optional<ComplaintDetails> visible(long complaintId, Actor actor) {
		try {
			return Optional.of(complaints.details(complaintId, actor));
		}
		catch (NotFound hidden) {
			return Optional.empty();
		}
	}

	private static void mayRead(Actor actor) {
		if (!SessionPolicy.mayRead(actor)) {
			throw new NotFound("coaching.notFound");
		}
	}
}
