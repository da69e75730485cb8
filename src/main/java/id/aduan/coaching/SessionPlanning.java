package id.aduan.coaching;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.accounts.Actor;
import id.aduan.audit.AuditTrail;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.PublicService;
import id.aduan.documents.IssuedNumber;
import id.aduan.documents.LetterNumbering;
import id.aduan.system.ActionRefused;
import id.aduan.system.NotFound;
import id.aduan.system.Problems;

/**
 * The coordinator plans and records a session, and takes the Berita Acara's official number. A session
 * needs a kind, a topic, a date and a place; everything else may come later. Once numbered, its date
 * may move only within the month and year the number carries.
 */
@Component
public class SessionPlanning {

	static final int MAX_INTEGRATED = 50;

	private final CoachingSessions sessions;

	private final Catalog catalog;

	private final LetterNumbering numbering;

	private final AuditTrail audit;

	private final Clock clock;

	SessionPlanning(CoachingSessions sessions, Catalog catalog, LetterNumbering numbering, AuditTrail audit,
			Clock clock) {
		this.sessions = sessions;
		this.catalog = catalog;
		this.numbering = numbering;
		this.audit = audit;
		this.clock = clock;
	}

	/** Refuses (403) anyone but the coordinator, e.g. before showing the form. */
	public void mustManage(Actor actor) {
		SessionPolicy.mustManage(actor);
	}

	/**
	 * Checks a draft without storing anything, so that a form with an unreadable value can still show
	 * every other problem at once. {@code id} is the session being changed, null for a new one.
	 */
	@Transactional(readOnly = true)
	public void check(Long id, SessionDraft draft, Actor actor) {
		SessionPolicy.mustManage(actor);
		check(draft, id == null ? null : sessions.byId(id).orElseThrow(() -> new NotFound("coaching.notFound")));
	}

	@Transactional
	public long create(SessionDraft draft, Actor actor) {
		SessionPolicy.mustManage(actor);
		Checked checked = check(draft, null);
		Instant now = clock.instant();
		long id = sessions.add(checked.draft(), checked.serviceIds(), checked.integrated(), now, actor.name());
		audit.record(actor.name(), "SESSION_CREATED", "coaching_session", String.valueOf(id),
				checked.draft().date() + " " + checked.draft().topic());
		return id;
	}

	@Transactional
	public void update(long id, Integer version, SessionDraft draft, Actor actor) {
		SessionPolicy.mustManage(actor);
		CoachingSession session = sessions.byId(id).orElseThrow(() -> new NotFound("coaching.notFound"));
		Checked checked = check(draft, session);
		if (version == null || version != session.version()
				|| !sessions.update(id, version, checked.draft(), checked.serviceIds(), checked.integrated(),
						clock.instant(), actor.name())) {
			throw new ActionRefused(ActionRefused.Reason.STATE, "coaching.concurrentChange");
		}
		audit.record(actor.name(), "SESSION_UPDATED", "coaching_session", String.valueOf(id),
				checked.draft().date() + " " + checked.draft().topic());
	}

	/**
	 * Takes the next official number for the session's Berita Acara (the Daftar Hadir carries the same
	 * number), dated the session's date. Refused for a session of a past year, and for one that already
	 * has a number; in both cases no number is used up.
	 */
	@Transactional
	public IssuedNumber issueNumber(long id, Actor actor) {
		SessionPolicy.mustManage(actor);
		CoachingSession session = sessions.byId(id).orElseThrow(() -> new NotFound("coaching.notFound"));
		if (session.isNumbered()) {
			throw new ActionRefused(ActionRefused.Reason.STATE, "coaching.number.already", session.letterNumber());
		}
		IssuedNumber issued = numbering.issue(new LetterNumbering.Request(session.kind().documentKind(),
				session.date(), "coaching_session", String.valueOf(id), session.topic()), actor);
		if (!sessions.number(id, issued.id(), issued.formatted(), clock.instant(), actor.name())) {
			throw new ActionRefused(ActionRefused.Reason.STATE, "coaching.concurrentChange");
		}
		audit.record(actor.name(), "SESSION_NUMBERED", "coaching_session", String.valueOf(id), issued.formatted());
		return issued;
	}

	private record Checked(SessionDraft draft, List<Long> serviceIds, List<String> integrated) {
	}

	/** Checks everything at once; returns the draft trimmed, as it is stored. */
	private Checked check(SessionDraft draft, CoachingSession existing) {
		Problems problems = new Problems();
		problems.check(draft.kind() != null, "kind", "coaching.kind.required");
		LocalDate date = draft.date();
		if (date == null) {
			problems.add("date", "coaching.date.required");
		}
		else {
			problems.check(date.getYear() >= 2000 && date.getYear() <= LocalDate.now(clock).getYear() + 1, "date",
					"coaching.date.range");
			if (existing != null && existing.isNumbered()) {
				problems.check(date.getYear() == existing.date().getYear() && date.getMonth() == existing.date().getMonth(),
						"date", "coaching.date.numbered", existing.letterNumber());
			}
		}
		if (draft.place() == null || draft.place().isBlank()) {
			problems.add("place", "coaching.place.required");
		}
		problems.validate(draft);
		LocalTime start = time("startTime", draft.startTime(), problems);
		LocalTime end = time("endTime", draft.endTime(), problems);
		problems.check(start == null || end == null || end.isAfter(start), "endTime", "coaching.time.order");
		List<Long> serviceIds = new ArrayList<>(new LinkedHashSet<>(draft.serviceIds()));
		List<Long> already = existing == null ? List.of()
				: existing.services().stream().map(PublicService::id).toList();
		for (Long serviceId : serviceIds) {
			boolean known = serviceId != null && (already.contains(serviceId)
					|| catalog.service(serviceId).filter(PublicService::active).isPresent());
			problems.check(known, "serviceIds", "coaching.service.unknown");
		}
		List<String> integrated = lines(draft.integratedServices());
		problems.check(integrated.size() <= MAX_INTEGRATED, "integratedServices", "coaching.integrated.tooMany",
				String.valueOf(MAX_INTEGRATED));
		problems.check(integrated.stream().allMatch(line -> line.length() <= 300), "integratedServices",
				"coaching.integrated.tooLong");
		problems.throwIfAny();
		SessionDraft trimmed = new SessionDraft(draft.kind(), draft.topic().trim(), date, format(start), format(end),
				draft.place().trim(), Problems.blankToNull(draft.purpose()), Problems.blankToNull(draft.outcome()),
				serviceIds, String.join("\n", integrated));
		return new Checked(trimmed, serviceIds, integrated);
	}

	/** The non-empty lines of a list typed or pasted one per line, without any numbering people typed. */
	static List<String> lines(String text) {
		if (text == null) {
			return List.of();
		}
		return text.lines()
			.map(line -> line.strip().replaceFirst("^\\d{1,3}[.)]\\s*", "").strip())
			.filter(line -> !line.isEmpty())
			.toList();
	}

	private static LocalTime time(String field, String value, Problems problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalTime.parse(value.trim().replace('.', ':'));
		}
		catch (DateTimeParseException notATime) {
			problems.add(field, "coaching.time.format");
			return null;
		}
	}

	private static String format(LocalTime time) {
		return time == null ? null : String.format("%02d:%02d", time.getHour(), time.getMinute());
	}
}
