package id.aduan.coaching;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.accounts.Actor;
import id.aduan.audit.AuditTrail;
import id.aduan.system.InvalidInput;
import id.aduan.system.NotFound;
import id.aduan.system.Problems;

/**
 * Self check-in on a phone: while the coordinator keeps it open, participants scan the session's QR
 * code and write their own name, role and institution into the Daftar Hadir, where they are marked as
 * having checked in themselves. The address carries a random secret, not the session's id; closing
 * check-in forgets the secret, so an old photo of the code lets nobody in later.
 */
@Component
public class SelfCheckIn {

	/** Who the audit trail names for entries made on the public check-in page. */
	static final String BY = "Absensi mandiri (QR)";

	private final CoachingSessions sessions;

	private final Attendees attendees;

	private final AuditTrail audit;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	SelfCheckIn(CoachingSessions sessions, Attendees attendees, AuditTrail audit, Clock clock) {
		this.sessions = sessions;
		this.attendees = attendees;
		this.audit = audit;
		this.clock = clock;
	}

	/** Opens check-in (or keeps it open) and returns the secret of its address. */
	@Transactional
	public String open(long sessionId, Actor actor) {
		SessionPolicy.mustManage(actor);
		CoachingSession session = sessions.byId(sessionId).orElseThrow(() -> new NotFound("coaching.notFound"));
		if (session.checkInToken() != null) {
			return session.checkInToken();
		}
		byte[] secret = new byte[15];
		random.nextBytes(secret);
		String token = HexFormat.of().formatHex(secret);
		sessions.setCheckInToken(sessionId, token);
		audit.record(actor.name(), "CHECK_IN_OPENED", "coaching_session", String.valueOf(sessionId), null);
		return token;
	}

	@Transactional
	public void close(long sessionId, Actor actor) {
		SessionPolicy.mustManage(actor);
		sessions.byId(sessionId).orElseThrow(() -> new NotFound("coaching.notFound"));
		sessions.setCheckInToken(sessionId, null);
		audit.record(actor.name(), "CHECK_IN_CLOSED", "coaching_session", String.valueOf(sessionId), null);
	}

	/** The session a check-in address belongs to, while its check-in is open. */
	@Transactional(readOnly = true)
	public Optional<CheckInView> session(String token) {
		if (token == null || !token.matches("[0-9a-f]{30}")) {
			return Optional.empty();
		}
		return sessions.byCheckInToken(token)
			.flatMap(sessions::byId)
			.map(session -> new CheckInView(session.id(), session.topic(), session.date(), session.place()));
	}

	/** A participant writes themselves into the attendance list; a name already on it is refused. */
	@Transactional
	public void checkIn(String token, PersonDraft person) {
		CheckInView session = session(token).orElseThrow(() -> new NotFound("coaching.checkIn.closed"));
		Problems problems = new Problems();
		if (person.name() == null || person.name().isBlank()) {
			problems.add("name", "coaching.attendee.name.required.PARTICIPANT");
		}
		problems.validate(person).throwIfAny();
		String name = person.name().trim();
		if (attendees.listed(session.sessionId(), AttendeeKind.PARTICIPANT, name)) {
			throw InvalidInput.of("name", "coaching.checkIn.duplicate", name);
		}
		Instant now = clock.instant();
		attendees.add(session.sessionId(), AttendeeKind.PARTICIPANT, List.of(new PersonDraft(name,
				Problems.blankToNull(person.capacity()), Problems.blankToNull(person.institution()))), true, now, BY);
		audit.record(BY, "ATTENDEE_CHECKED_IN", "coaching_session", String.valueOf(session.sessionId()), name);
	}

	/** The QR code (SVG) of a check-in address. */
	public String qrCode(String address) {
		return CheckInQr.svg(address);
	}
}
