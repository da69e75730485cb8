package id.aduan.coaching;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.accounts.Actor;
import id.aduan.audit.AuditTrail;
import id.aduan.system.NotFound;
import id.aduan.system.Problems;

/**
 * Who attended a session: the coordinator adds representatives and participants one by one or as a
 * pasted list (all of it or, on any problem, none of it), and removes a wrong entry. Each change is
 * recorded in the audit trail.
 */
@Component
public class Attendance {

	private final CoachingSessions sessions;

	private final Attendees attendees;

	private final AuditTrail audit;

	private final Clock clock;

	Attendance(CoachingSessions sessions, Attendees attendees, AuditTrail audit, Clock clock) {
		this.sessions = sessions;
		this.attendees = attendees;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public void add(long sessionId, AttendeeKind kind, PersonDraft person, Actor actor) {
		SessionPolicy.mustManage(actor);
		existing(sessionId);
		Problems problems = new Problems();
		if (person.name() == null || person.name().isBlank()) {
			problems.add("name", "coaching.attendee.name.required." + kind.name());
		}
		problems.validate(person).throwIfAny();
		PersonDraft trimmed = new PersonDraft(person.name().trim(), Problems.blankToNull(person.capacity()),
				Problems.blankToNull(person.institution()));
		store(sessionId, kind, List.of(trimmed), actor);
	}

	/** Adds everyone on a pasted list, in its order; see {@link AttendeeList} for the format. */
	@Transactional
	public int addList(long sessionId, AttendeeKind kind, String list, Actor actor) {
		SessionPolicy.mustManage(actor);
		existing(sessionId);
		Problems problems = new Problems();
		List<PersonDraft> people = AttendeeList.parse(list, kind, problems);
		problems.throwIfAny();
		store(sessionId, kind, people, actor);
		return people.size();
	}

	@Transactional
	public void remove(long sessionId, long attendeeId, Actor actor) {
		SessionPolicy.mustManage(actor);
		Attendee attendee = attendees.find(sessionId, attendeeId)
			.orElseThrow(() -> new NotFound("coaching.attendee.notFound"));
		attendees.remove(sessionId, attendeeId);
		Instant now = clock.instant();
		sessions.touch(sessionId, now, actor.name());
		audit.record(actor.name(), "ATTENDEE_REMOVED", "coaching_session", String.valueOf(sessionId),
				attendee.kind() + ": " + attendee.name());
	}

	private void store(long sessionId, AttendeeKind kind, List<PersonDraft> people, Actor actor) {
		Instant now = clock.instant();
		attendees.add(sessionId, kind, people, false, now, actor.name());
		sessions.touch(sessionId, now, actor.name());
		audit.record(actor.name(), "ATTENDEES_ADDED", "coaching_session", String.valueOf(sessionId),
				kind + ": " + people.size() + " (" + people.get(0).name() + (people.size() > 1 ? ", …)" : ")"));
	}

	private void existing(long sessionId) {
		if (sessions.byId(sessionId).isEmpty()) {
			throw new NotFound("coaching.notFound");
		}
	}
}
