package id.aduan.coaching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import id.aduan.accounts.Actor;
import id.aduan.complaints.ComplaintQueries;
import id.aduan.complaints.ComplaintQueries.AttachmentContent;
import id.aduan.system.NotFound;

/**
 * The photos chosen for the appendix of the semester report ("Dokumentasi tindak lanjut pembinaan
 * pengaduan"), grouped by the session they document, for sessions held in a period. This is the API
 * the report calls:
 *
 * <pre>
 * for (Documentation set : photos.chosenFor(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 30), actor)) {
 *     heading("DOKUMENTASI " + set.topic().toUpperCase());   // e.g. DOKUMENTASI RAPAT PEMBINAAN ...
 *     for (Photo photo : set.photos()) { image(photo.contentType(), photo.content()); caption(photo.caption()); }
 * }
 * </pre>
 *
 * A session's group holds its own chosen photos first, then the chosen follow-up photos of the
 * complaints it followed up (with their tracking codes). Photos are JPEG or PNG. Complaint photos the
 * reader may not see are left out; the coordinator and the head of office see them all.
 */
@Component
public class DocumentationPhotos {

	/** One chosen photo; {@code trackingCode} is set for a complaint's follow-up photo, null for a session photo. */
	public record Photo(String caption, String fileName, String contentType, byte[] content, String sha256,
			String trackingCode) {
	}

	/** The chosen photos of one session, with what the report's heading needs. */
	public record Documentation(long sessionId, SessionKind kind, String topic, LocalDate date, String place,
			String letterNumber, List<Photo> photos) {
	}

	private final CoachingSessions sessions;

	private final SessionPhotos photos;

	private final ComplaintQueries complaints;

	DocumentationPhotos(CoachingSessions sessions, SessionPhotos photos, ComplaintQueries complaints) {
		this.sessions = sessions;
		this.photos = photos;
		this.complaints = complaints;
	}

	/** The chosen photos of sessions held from {@code from} to {@code to}, both included, oldest session first. */
	public List<Documentation> chosenFor(LocalDate from, LocalDate to, Actor reader) {
		if (!SessionPolicy.mayRead(reader)) {
			throw new NotFound("coaching.notFound");
		}
		List<SessionSummary> held = new ArrayList<>(sessions.between(from, to));
		held.sort(Comparator.comparing(SessionSummary::date).thenComparing(SessionSummary::id));
		List<Documentation> result = new ArrayList<>();
		for (SessionSummary session : held) {
			List<Photo> chosen = new ArrayList<>();
			for (SessionPhoto photo : photos.of(session.id())) {
				if (photo.forReport()) {
					chosen.add(new Photo(photo.caption(), photo.fileName(), photo.contentType(),
							photos.content(photo.id()), photo.sha256(), null));
				}
			}
			for (ChosenComplaintPhoto choice : photos.chosenComplaintPhotos(session.id())) {
				content(choice, reader).ifPresent(file -> chosen.add(new Photo(choice.caption(), file.attachment().fileName(),
						file.attachment().contentType(), file.content(), file.attachment().sha256(),
						trackingCode(session.id(), choice.complaintId()))));
			}
			if (!chosen.isEmpty()) {
				result.add(new Documentation(session.id(), session.kind(), session.topic(), session.date(),
						session.place(), session.letterNumber(), chosen));
			}
		}
		return result;
	}

	private Optional<AttachmentContent> content(ChosenComplaintPhoto choice, Actor reader) {
		try {
			return complaints.attachment(choice.complaintId(), choice.attachmentId(), reader);
		}
		catch (NotFound hidden) {
			return Optional.empty();
		}
	}

	private String trackingCode(long sessionId, long complaintId) {
		return photos.links(sessionId)
			.stream()
			.filter(link -> link.complaintId() == complaintId)
			.map(LinkedComplaint::trackingCode)
			.findFirst()
			.orElse(null);
	}
}
