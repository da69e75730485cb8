package id.aduan.complaints;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.accounts.Actor;
import id.aduan.audit.AuditTrail;
import id.aduan.calendar.Calendars;
import id.aduan.calendar.WorkingCalendar;
import id.aduan.system.ActionRefused;
import id.aduan.system.MaxLength;
import id.aduan.system.NotFound;
import id.aduan.system.PlainText;
import id.aduan.system.Problems;
import id.aduan.system.Required;

/**
 * What the complainant does after an answer, from the tracking page: rate it, and dispute it while the
 * window is open (until the complaint would close by itself). The tracking code is printed, read out and
 * shared, so it only shows where a complaint stands: acting as the complainant takes the access key too,
 * and a missing or wrong key is "not found" ({@code tracking.key.wrong}), telling nothing of which half
 * was wrong, before anything else is checked.
 */
@Component
public class ComplainantResponses {

	/** The complainant's words with a rating (penilaian). */
	private record Verdict(@MaxLength(1000) @PlainText String comment) {
	}

	/** Why the complainant disputes the answer (keberatan). */
	private record Dispute(@Required @MaxLength(1000) @PlainText String reason) {
	}

	/** Where the complainant stands after an answer: whether a verdict is asked for, and until when a dispute is. */
	public record Openings(boolean canRate, Optional<Rating> rating, boolean canDispute, Instant disputeUntil) {
	}

	private final Complaints complaints;

	private final Ratings ratings;

	private final DeadlinePlanning planning;

	private final Calendars calendars;

	private final AuditTrail audit;

	private final Clock clock;

	ComplainantResponses(Complaints complaints, Ratings ratings, DeadlinePlanning planning, Calendars calendars,
			AuditTrail audit, Clock clock) {
		this.complaints = complaints;
		this.ratings = ratings;
		this.planning = planning;
		this.calendars = calendars;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Openings openings(TrackingCode code) {
		Complaint complaint = find(code);
		Instant now = clock.instant();
		Optional<Rating> rating = complaint.answeredAt() == null ? Optional.empty()
				: ratings.forAnswer(complaint.id(), complaint.answeredAt());
		Instant until = disputeWindowEnd(complaint);
		boolean answered = complaint.status() == ComplaintStatus.ANSWERED
				|| complaint.status() == ComplaintStatus.CLOSED && complaint.answeredAt() != null;
		return new Openings(answered && rating.isEmpty(), rating,
				complaint.status() == ComplaintStatus.ANSWERED && until != null && !now.isAfter(until), until);
	}

	@Transactional
	public void rate(TrackingCode code, AccessKey key, Integer score, Boolean solved, String comment) {
		Complaint complaint = opened(code, key);
		Problems problems = new Problems().validate(new Verdict(comment));
		problems.check(score != null && score >= 1 && score <= 5, "score", "rating.score.range");
		problems.check(solved != null, "solved", "rating.solved.required");
		problems.throwIfAny();
		if (complaint.answeredAt() == null || ratings.forAnswer(complaint.id(), complaint.answeredAt()).isPresent()) {
			throw new ActionRefused(ActionRefused.Reason.STATE, "rating.notOpen");
		}
		Instant now = clock.instant();
		ratings.add(complaint.rate(score, solved, Problems.blankToNull(comment), citizen(), now));
		complaints.save(complaint);
		audit.record(citizen().actor().name(), "COMPLAINT_RATED", "complaint", String.valueOf(complaint.id()),
				complaint.trackingCode().value() + ": " + score + (solved ? " selesai" : " belum selesai"));
	}

	@Transactional
	public void dispute(TrackingCode code, AccessKey key, String reason) {
		Complaint complaint = opened(code, key);
		new Problems().validate(new Dispute(reason)).throwIfAny();
		ComplaintStatus before = complaint.status();
		complaint.dispute(reason.trim(), citizen(), clock.instant(), disputeWindowEnd(complaint));
		planning.plan(complaint);
		complaints.save(complaint);
		audit.record(citizen().actor().name(), "COMPLAINT_DISPUTED", "complaint", String.valueOf(complaint.id()),
				complaint.trackingCode().value() + ": " + before + " -> " + complaint.status());
	}

	/** The end of the working day on which the answered complaint would close by itself. */
	private Instant disputeWindowEnd(Complaint complaint) {
		DeadlineSchedule plan = complaint.schedule();
		if (plan == null || plan.autoCloseDue() == null) {
			return null;
		}
		WorkingCalendar calendar = calendars.current();
		return calendar.closingTime(plan.autoCloseDue());
	}

	private Complaint find(TrackingCode code) {
		return complaints.byTrackingCode(code).orElseThrow(() -> new NotFound("tracking.code.unknown"));
	}

	/** The complaint, when the key is its own; not found otherwise, without saying whether code or key was wrong. */
	private Complaint opened(TrackingCode code, AccessKey key) {
		boolean opens = key != null
				&& complaints.accessOf(code).filter(found -> key.matches(found.getValue())).isPresent();
		if (!opens) {
			throw new NotFound("tracking.key.wrong");
		}
		return find(code);
	}

	private static Handler citizen() {
		return new Handler(Actor.citizen(null), Set.of());
	}
}
