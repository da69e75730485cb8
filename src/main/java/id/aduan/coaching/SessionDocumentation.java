package id.aduan.coaching;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.accounts.Actor;
import id.aduan.audit.AuditTrail;
import id.aduan.complaints.Attachment;
import id.aduan.complaints.AttachmentPolicy;
import id.aduan.complaints.AttachmentUpload;
import id.aduan.complaints.ComplaintQueries;
import id.aduan.complaints.InboxQuery;
import id.aduan.complaints.InboxRow;
import id.aduan.complaints.TrackingCode;
import id.aduan.system.InvalidInput;
import id.aduan.system.MaxLength;
import id.aduan.system.NotFound;
import id.aduan.system.PlainText;
import id.aduan.system.Problems;

/**
 * A session's documentation: the coordinator uploads its photos, links the complaints whose follow-up
 * it was, and chooses which photos — the session's own, or the linked complaints' follow-up photos
 * (dokumentasi tindak lanjut) — go into the semester report's appendix.
 */
@Component
public class SessionDocumentation {

	/** The one caption given to a lot of photos. */
	private record Caption(@MaxLength(300) @PlainText String caption) {
	}

	private final CoachingSessions sessions;

	private final SessionPhotos photos;

	private final PhotoPolicy policy;

	private final ComplaintQueries complaints;

	private final AuditTrail audit;

	private final Clock clock;

	SessionDocumentation(CoachingSessions sessions, SessionPhotos photos, PhotoPolicy policy,
			ComplaintQueries complaints, AuditTrail audit, Clock clock) {
		this.sessions = sessions;
		this.photos = photos;
		this.policy = policy;
		this.complaints = complaints;
		this.audit = audit;
		this.clock = clock;
	}

	/** Stores the photos, all or (on any problem) none, with one caption for the lot. */
	@Transactional
	public int upload(long sessionId, List<AttachmentUpload> uploads, String caption, Actor actor) {
		SessionPolicy.mustManage(actor);
		existing(sessionId);
		Problems problems = new Problems().validate(new Caption(caption));
		List<AttachmentPolicy.Accepted> accepted = policy.check(uploads, problems);
		problems.throwIfAny();
		Instant now = clock.instant();
		for (AttachmentPolicy.Accepted photo : accepted) {
			photos.add(sessionId, photo, Problems.blankToNull(caption), now, actor.name());
		}
		sessions.touch(sessionId, now, actor.name());
		audit.record(actor.name(), "SESSION_PHOTOS_ADDED", "coaching_session", String.valueOf(sessionId),
				accepted.stream().map(AttachmentPolicy.Accepted::fileName).toList().toString());
		return accepted.size();
	}

	/** Puts a session photo into the report's appendix, or takes it out. */
	@Transactional
	public void chooseForReport(long sessionId, long photoId, boolean forReport, Actor actor) {
		SessionPolicy.mustManage(actor);
		SessionPhoto photo = photos.find(sessionId, photoId).orElseThrow(() -> new NotFound("coaching.photo.notFound"));
		photos.choose(photo.id(), forReport, clock.instant(), actor.name());
		audit.record(actor.name(), forReport ? "PHOTO_CHOSEN" : "PHOTO_UNCHOSEN", "coaching_session",
				String.valueOf(sessionId), photo.fileName());
	}

	/** Links the complaint with this tracking code (as people type it) to the session. */
	@Transactional
	public void linkComplaint(long sessionId, String code, Actor actor) {
		SessionPolicy.mustManage(actor);
		existing(sessionId);
		TrackingCode trackingCode = TrackingCode.parse(code)
			.orElseThrow(() -> InvalidInput.of("trackingCode", "coaching.complaint.code"));
		InboxRow complaint = visible(trackingCode, actor)
			.orElseThrow(() -> InvalidInput.of("trackingCode", "coaching.complaint.unknown", trackingCode.value()));
		boolean linked = photos.links(sessionId).stream().anyMatch(link -> link.complaintId() == complaint.id());
		if (linked) {
			throw InvalidInput.of("trackingCode", "coaching.complaint.linked", trackingCode.value());
		}
		Instant now = clock.instant();
		photos.link(sessionId, complaint.id(), trackingCode.value(), now, actor.name());
		sessions.touch(sessionId, now, actor.name());
		audit.record(actor.name(), "COMPLAINT_LINKED", "coaching_session", String.valueOf(sessionId),
				trackingCode.value());
	}

	@Transactional
	public void unlinkComplaint(long sessionId, long complaintId, Actor actor) {
		SessionPolicy.mustManage(actor);
		LinkedComplaint link = photos.links(sessionId)
			.stream()
			.filter(candidate -> candidate.complaintId() == complaintId)
			.findFirst()
			.orElseThrow(() -> new NotFound("coaching.complaint.notLinked"));
		photos.unlink(sessionId, complaintId);
		Instant now = clock.instant();
		sessions.touch(sessionId, now, actor.name());
		audit.record(actor.name(), "COMPLAINT_UNLINKED", "coaching_session", String.valueOf(sessionId),
				link.trackingCode());
	}

	/**
	 * Chooses a follow-up photo of a linked complaint for the report's appendix, or takes it out. Only
	 * images recorded as the complaint's documentation (not a complainant's evidence) can be chosen.
	 */
	@Transactional
	public void chooseComplaintPhoto(long sessionId, long complaintId, long attachmentId, String caption,
			boolean chosen, Actor actor) {
		SessionPolicy.mustManage(actor);
		LinkedComplaint link = photos.links(sessionId)
			.stream()
			.filter(candidate -> candidate.complaintId() == complaintId)
			.findFirst()
			.orElseThrow(() -> new NotFound("coaching.complaint.notLinked"));
		Attachment photo = complaints.details(complaintId, actor)
			.attachments()
			.stream()
			.filter(file -> file.id() == attachmentId && file.purpose() == Attachment.Purpose.DOCUMENTATION
					&& file.isImage())
			.findFirst()
			.orElseThrow(() -> new NotFound("coaching.photo.notFound"));
		new Problems().validate(new Caption(caption)).throwIfAny();
		photos.unchooseComplaintPhoto(sessionId, attachmentId);
		Instant now = clock.instant();
		if (chosen) {
			photos.chooseComplaintPhoto(sessionId, complaintId, attachmentId, Problems.blankToNull(caption), now,
					actor.name());
		}
		audit.record(actor.name(), chosen ? "PHOTO_CHOSEN" : "PHOTO_UNCHOSEN", "coaching_session",
				String.valueOf(sessionId), link.trackingCode() + ": " + photo.fileName());
	}

	private Optional<InboxRow> visible(TrackingCode code, Actor actor) {
		InboxQuery query = new InboxQuery(null, null, null, null, null, null, null, code.value(), 0, 5);
		return complaints.inbox(query, actor)
			.rows()
			.stream()
			.filter(row -> row.trackingCode().equals(code.value()))
			.findFirst();
	}

	private void existing(long sessionId) {
		if (sessions.byId(sessionId).isEmpty()) {
			throw new NotFound("coaching.notFound");
		}
	}
}
