package id.aduan.complaints;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.aduan.accounts.Actor;
import id.aduan.accounts.Role;
import id.aduan.calendar.WorkingCalendar;
import id.aduan.catalog.ServiceLevel;
import id.aduan.system.ActionRefused;
import id.aduan.system.FieldProblem;
import id.aduan.system.MessageKey;

/**
 * A complaint (pengaduan) from its arrival to its closure.
 * <p>
 * Lifecycle: a complaint is <em>registered</em> by a citizen, the help desk or a channel, and is then
 * {@code RECEIVED}. The coordinator <em>verifies</em> and classifies it and <em>routes</em> it to a work
 * unit (disposisi); the unit officer <em>follows it up</em> and <em>answers</em> the complainant; the
 * coordinator <em>closes</em> it. On the way it may be <em>held</em> while waiting for the complainant,
 * <em>referred</em> elsewhere when it is not the office's authority, <em>rejected</em> or marked a
 * <em>duplicate</em>, <em>returned</em> by a unit to the coordinator, and <em>reopened</em> after an
 * answer. Every step is checked against {@link Action} (from which status, by whom) and leaves a
 * {@link TimelineEntry}; nothing changes the status except these methods.
 * <p>
 * What a step means to other modules the complaint registers as an event ({@link ComplaintRegistered}
 * once the register gave it its id, {@link ComplaintStatusChanged}, {@link ComplaintRouted});
 * {@link Complaints} publishes them when it stores the change, in the same transaction, so that nothing
 * is announced that was not stored and nothing stored goes unannounced.
 */
public class Complaint {

	/** Everything a complaint is stored as; only the repository builds one. */
	record Stored(Long id, TrackingCode trackingCode, int version, Arrival arrival, Instant registeredAt,
			Long registeredBy, Complainant complainant, boolean anonymous, boolean confidential, Matter matter,
			Classification classification, Long unitId, ComplaintStatus status, ComplaintStatus heldFromStatus,
			Instant verifiedAt, Instant routedAt, String answer, Instant answeredAt, Instant closedAt,
			String referredTo, String closingReason, Long duplicateOfId, ServiceLevel serviceLevel,
			DeadlineSchedule schedule, Assignee assignee, Instant escalatedAt) {
	}

	private Long id;

	private final TrackingCode trackingCode;

	private int version;

	/** Channel, received time (never empty once registered) and the channel's reference. */
	private final Arrival arrival;

	private final Instant registeredAt;

	private final Long registeredBy;

	private final Complainant complainant;

	private final boolean anonymous;

	private final boolean confidential;

	private final Matter matter;

	private Classification classification;

	private Long unitId;

	private ComplaintStatus status;

	private ComplaintStatus heldFromStatus;

	private Instant verifiedAt;

	private Instant routedAt;

	private String answer;

	private Instant answeredAt;

	private Instant closedAt;

	private String referredTo;

	private String closingReason;

	private Long duplicateOfId;

	private ServiceLevel serviceLevel;

	private DeadlineSchedule schedule;

	/** The officer of the unit who has the complaint in hand; null while nobody was named. */
	private Assignee assignee;

	/** When the complaint was raised to the head for being overdue; it is raised once. */
	private Instant escalatedAt;

	private final List<TimelineEntry> timeline;

	private final List<TimelineEntry> unsaved = new ArrayList<>();

	private final List<Object> events = new ArrayList<>();

	/** The access key given to the complainant at registration, in plain only until it is announced. */
	private AccessKey issuedKey;

	/** The files the channel could not keep, for the registration's event; only until it is stored. */
	private List<FieldProblem> filesLeftOut = List.of();

	/** The complainant's verdict given since the complaint was loaded, for its row to carry when saved. */
	private Rating unsavedRating;

	/**
	 * Whether this complaint came from the office's records of before Aduan ({@link #fromHistory}), until it
	 * is stored: its registration is then announced to nobody (its complainant was answered long ago).
	 */
	private boolean historical;

	private Complaint(Stored s, List<TimelineEntry> timeline) {
		this.id = s.id();
		this.trackingCode = s.trackingCode();
		this.version = s.version();
		this.arrival = s.arrival();
		this.registeredAt = s.registeredAt();
		this.registeredBy = s.registeredBy();
		this.complainant = s.complainant();
		this.anonymous = s.anonymous();
		this.confidential = s.confidential();
		this.matter = s.matter();
		this.classification = s.classification();
		this.unitId = s.unitId();
		this.status = s.status();
		this.heldFromStatus = s.heldFromStatus();
		this.verifiedAt = s.verifiedAt();
		this.routedAt = s.routedAt();
		this.answer = s.answer();
		this.answeredAt = s.answeredAt();
		this.closedAt = s.closedAt();
		this.referredTo = s.referredTo();
		this.closingReason = s.closingReason();
		this.duplicateOfId = s.duplicateOfId();
		this.serviceLevel = s.serviceLevel();
		this.schedule = s.schedule();
		this.assignee = s.assignee();
		this.escalatedAt = s.escalatedAt();
		this.timeline = new ArrayList<>(timeline);
	}

	static Complaint restore(Stored stored, List<TimelineEntry> timeline) {
		return new Complaint(stored, timeline);
	}

	/**
	 * A complaint as it arrives. {@code draft} has been validated and tidied by
	 * {@link ComplaintRegistration}; {@code by} is the citizen themselves or the officer who took it down;
	 * {@code key} opens the complaint's message thread to the complainant.
	 */
	/** The files a channel that cannot ask again left out, each with why: the receipt names them. */
	void leftOut(List<FieldProblem> files) {
		this.filesLeftOut = files == null ? List.of() : List.copyOf(files);
	}

	static Complaint register(NewComplaint draft, TrackingCode code, AccessKey key, Actor by, Instant at) {
		Long registeredBy = by.role().isStaff() ? by.accountId() : null;
		Complaint complaint = new Complaint(new Stored(null, code, 0, draft.arrival(), at, registeredBy,
				draft.complainant(), draft.anonymous(), draft.confidential(), draft.matter(), draft.classification(),
				null, ComplaintStatus.RECEIVED, null, null, null, null, null, null, null, null, null, null, null, null, null),
				List.of());
		complaint.issuedKey = key;
		complaint.record(TimelineEntry.Kind.REGISTERED, by, at, null, null);
		return complaint;
	}

	/**
	 * A complaint from before Aduan, as the office's records give it, entered by {@code importer} at
	 * {@code importedAt}. Its timeline starts when it was received; the steps of its handling follow
	 * with their own dates ({@link #verifiedInHistory} and the others), each recorded by the importer and
	 * saying so, and {@link #importedBy} closes it with the import itself. Deadlines and response times
	 * are then derived from those dates like any complaint's.
	 */
	static Complaint fromHistory(NewComplaint draft, TrackingCode code, Actor importer, Instant importedAt) {
		Complaint complaint = new Complaint(new Stored(null, code, 0, draft.arrival(), importedAt, importer.accountId(),
				draft.complainant(), draft.anonymous(), draft.confidential(), draft.matter(), draft.classification(),
				null, ComplaintStatus.RECEIVED, null, null, null, null, null, null, null, null, null, null, null, null, null),
				List.of());
		complaint.historical = true;
		complaint.record(TimelineEntry.Kind.REGISTERED, importer, draft.arrival().receivedAt(), HISTORY_NOTE, null);
		return complaint;
	}

	/** What each step replayed from the office's records says of itself in the timeline. */
	static final String HISTORY_NOTE = "Riwayat sebelum Aduan";

	void verifiedInHistory(Classification newClassification, Actor importer, Instant at) {
		requireState(Action.VERIFY);
		this.classification = newClassification;
		this.verifiedAt = at;
		moveTo(ComplaintStatus.VERIFIED, TimelineEntry.Kind.VERIFIED, importer, at, HISTORY_NOTE, null);
	}

	void routedInHistory(long targetUnitId, String unitName, Actor importer, Instant at) {
		requireState(Action.ROUTE);
		this.unitId = targetUnitId;
		this.routedAt = at;
		moveTo(ComplaintStatus.ROUTED, TimelineEntry.Kind.ROUTED, importer, at, HISTORY_NOTE, unitName);
	}

	void answeredInHistory(String text, Actor importer, Instant at) {
		requireState(Action.ANSWER);
		this.answer = text;
		this.answeredAt = at;
		moveTo(ComplaintStatus.ANSWERED, TimelineEntry.Kind.ANSWERED, importer, at, text, null);
	}

	void closedInHistory(Actor importer, Instant at) {
		requireState(Action.CLOSE);
		this.closedAt = at;
		moveTo(ComplaintStatus.CLOSED, TimelineEntry.Kind.CLOSED, importer, at, HISTORY_NOTE, null);
	}

	/** An answered complaint nobody disputed in time closed by itself on {@code at}, before the import. */
	void autoClosedInHistory(Actor importer, Instant at) {
		requireState(Action.AUTO_CLOSE);
		this.closedAt = at;
		moveTo(ComplaintStatus.CLOSED, TimelineEntry.Kind.AUTO_CLOSED, importer, at, HISTORY_NOTE, null);
	}

	/** The complainant's verdict as the office's survey recorded it; {@link #rate} for the rest. */
	Rating ratedInHistory(int score, boolean solved, Actor importer, Instant at) {
		requireState(Action.RATE);
		record(TimelineEntry.Kind.RATED, importer, at, HISTORY_NOTE, null);
		unsavedRating = new Rating(id, answeredAt, at, score, solved, null);
		return unsavedRating;
	}

	/** The import itself, last in the timeline: who brought the complaint in, when, and from which row. */
	void importedBy(Actor importer, Instant at, String reference) {
		record(TimelineEntry.Kind.IMPORTED, importer, at, null, reference);
	}

	/** Verification: the complaint is complete and classified; it now waits to be routed or answered. */
	public void verify(Classification newClassification, String note, Handler by, Instant at) {
		require(Action.VERIFY, by);
		this.classification = newClassification;
		this.verifiedAt = at;
		moveTo(ComplaintStatus.VERIFIED, TimelineEntry.Kind.VERIFIED, by.actor(), at, note, null);
	}

	public void classify(Classification newClassification, Handler by, Instant at) {
		require(Action.CLASSIFY, by);
		this.classification = newClassification;
		record(TimelineEntry.Kind.CLASSIFIED, by.actor(), at, null, null);
	}

	/** Disposisi: the unit that must follow the complaint up. {@code unitName} is kept in the timeline. */
	public void routeTo(long targetUnitId, String unitName, String note, Handler by, Instant at) {
		require(Action.ROUTE, by);
		if (Long.valueOf(targetUnitId).equals(unitId) && status == ComplaintStatus.ROUTED) {
			throw new ActionRefused(ActionRefused.Reason.STATE, "complaint.route.sameUnit", unitName);
		}
		if (!Long.valueOf(targetUnitId).equals(unitId)) {
			this.assignee = null;
		}
		this.unitId = targetUnitId;
		this.routedAt = at;
		moveTo(ComplaintStatus.ROUTED, TimelineEntry.Kind.ROUTED, by.actor(), at, note, unitName);
		if (id != null) {
			registerEvent(new ComplaintRouted(id, targetUnitId));
		}
	}

	public void recordFollowUp(String note, Handler by, Instant at) {
		require(Action.FOLLOW_UP, by);
		moveTo(ComplaintStatus.IN_FOLLOW_UP, TimelineEntry.Kind.FOLLOWED_UP, by.actor(), at, note, null);
	}

	/** The office's answer to the complainant (tanggapan), shown on the tracking page. */
	public void answer(String text, Handler by, Instant at) {
		require(Action.ANSWER, by);
		this.answer = text;
		this.answeredAt = at;
		moveTo(ComplaintStatus.ANSWERED, TimelineEntry.Kind.ANSWERED, by.actor(), at, text, null);
	}

	public void close(String note, Handler by, Instant at) {
		require(Action.CLOSE, by);
		this.closedAt = at;
		moveTo(ComplaintStatus.CLOSED, TimelineEntry.Kind.CLOSED, by.actor(), at, note, null);
	}

	/** Tunda: waiting, usually for the complainant; {@link #resume} returns to where it was. */
	public void hold(String reason, Handler by, Instant at) {
		require(Action.HOLD, by);
		this.heldFromStatus = status;
		moveTo(ComplaintStatus.ON_HOLD, TimelineEntry.Kind.HELD, by.actor(), at, reason, null);
	}

	public void resume(String note, Handler by, Instant at) {
		require(Action.RESUME, by);
		ComplaintStatus back = heldFromStatus;
		this.heldFromStatus = null;
		moveTo(back, TimelineEntry.Kind.RESUMED, by.actor(), at, note, null);
	}

	/** Bukan wewenang: forwarded to the body whose authority it is. */
	public void referTo(String destination, String note, Handler by, Instant at) {
		require(Action.REFER, by);
		this.referredTo = destination;
		this.closedAt = at;
		moveTo(ComplaintStatus.NOT_OUR_AUTHORITY, TimelineEntry.Kind.REFERRED, by.actor(), at, note, destination);
	}

	public void reject(String reason, Handler by, Instant at) {
		require(Action.REJECT, by);
		this.closingReason = reason;
		this.closedAt = at;
		moveTo(ComplaintStatus.REJECTED, TimelineEntry.Kind.REJECTED, by.actor(), at, reason, null);
	}

	/** The same matter is already in the register as {@code original}; this one is not counted twice. */
	public void markDuplicateOf(Complaint original, String reason, Handler by, Instant at) {
		require(Action.MARK_DUPLICATE, by);
		if (original.id == null || original.id.equals(id)) {
			throw new ActionRefused(ActionRefused.Reason.STATE, "complaint.duplicate.self");
		}
		if (original.status == ComplaintStatus.DUPLICATE) {
			throw new ActionRefused(ActionRefused.Reason.STATE, "complaint.duplicate.ofDuplicate",
					original.trackingCode.value());
		}
		this.duplicateOfId = original.id;
		this.closingReason = reason;
		this.closedAt = at;
		moveTo(ComplaintStatus.DUPLICATE, TimelineEntry.Kind.MARKED_DUPLICATE, by.actor(), at, reason,
				original.trackingCode.value());
	}

	/** After an answer that did not solve the matter; the earlier answer stays in the timeline. */
	public void reopen(String reason, Handler by, Instant at) {
		require(Action.REOPEN, by);
		this.closedAt = null;
		moveTo(ComplaintStatus.REOPENED, TimelineEntry.Kind.REOPENED, by.actor(), at, reason, null);
	}

	/** The unit hands the complaint back: it is not the unit's to follow up. The coordinator routes it again. */
	public void returnToCoordinator(String reason, Handler by, Instant at) {
		require(Action.RETURN, by);
		this.unitId = null;
		this.assignee = null;
		this.routedAt = null;
		moveTo(ComplaintStatus.VERIFIED, TimelineEntry.Kind.RETURNED, by.actor(), at, reason, null);
	}

	/**
	 * Puts the complaint in the hands of a named officer of its unit ("pengaduan saya"): the coordinator
	 * for any officer who answers for the complaint's unit, a unit officer only for one within their own
	 * unit's subtree. It changes no status; the history says who assigned whom, and when.
	 */
	public void assignTo(Assignee officer, Handler by, Instant at) {
		require(Action.ASSIGN, by);
		if (!officer.covers(unitId)) {
			throw new ActionRefused(ActionRefused.Reason.STATE, "complaint.assign.outsideUnit", officer.name());
		}
		if (by.role() == Role.UNIT_OFFICER && !by.unitScope().contains(officer.unitId())) {
			throw new ActionRefused(ActionRefused.Reason.ROLE, "complaint.assign.outsideOwnUnit", officer.name());
		}
		if (officer.equals(assignee)) {
			throw new ActionRefused(ActionRefused.Reason.STATE, "complaint.assign.same", officer.name());
		}
		this.assignee = officer;
		record(TimelineEntry.Kind.ASSIGNED, by.actor(), at, null, officer.name());
		if (id != null) {
			registerEvent(new ComplaintAssigned(id, officer.accountId()));
		}
	}

	/**
	 * Raises the complaint to the head (kepala) because its deadline passed {@code overdueDays} working days
	 * ago: done by Aduan itself, once in the complaint's life, so a rerun job or another instance raises
	 * nothing twice.
	 */
	public void escalate(int overdueDays, Handler by, Instant at) {
		require(Action.ESCALATE, by);
		if (escalatedAt != null) {
			throw new ActionRefused(ActionRefused.Reason.STATE, "complaint.escalate.already");
		}
		this.escalatedAt = at;
		record(TimelineEntry.Kind.ESCALATED, by.actor(), at, null, null);
		if (id != null) {
			registerEvent(new ComplaintEscalated(id, overdueDays));
		}
	}

	public void addNote(String note, Handler by, Instant at) {
		require(Action.NOTE, by);
		record(TimelineEntry.Kind.NOTE, by.actor(), at, note, null);
	}

	/**
	 * What the channel the complaint came by now says of it (SP4N-LAPOR!'s status after a re-import, a
	 * corrected text), recorded as history; it changes nothing Aduan decides. Staff or Aduan itself only.
	 */
	public void recordChannelUpdate(String note, Actor by, Instant at) {
		if (!by.role().isStaff() && by.role() != Role.SYSTEM) {
			throw new ActionRefused(ActionRefused.Reason.ROLE, "complaint.channelUpdate.role");
		}
		record(TimelineEntry.Kind.CHANNEL_UPDATE, by, at, note, null);
	}

	/** The complainant's later evidence was kept with the complaint ({@link LaterEvidence}): history with its file's name. */
	void recordEvidence(String fileName, Actor by, Instant at) {
		record(TimelineEntry.Kind.EVIDENCE_ADDED, by, at, null, fileName);
	}

	/** The coordinator looked at an anonymous complainant's identity; the look itself is history. */
	public Complainant revealIdentity(Handler by, Instant at) {
		require(Action.VIEW_IDENTITY, by);
		if (anonymous) {
			record(TimelineEntry.Kind.IDENTITY_VIEWED, by.actor(), at, null, null);
		}
		return complainant;
	}

	/**
	 * Judges the complaint by {@code level} (the rule in force when it arrived, for its classification)
	 * and derives its deadlines and response times from its timeline with {@code calendar}.
	 */
	void plan(ServiceLevel level, WorkingCalendar calendar) {
		this.serviceLevel = level;
		this.schedule = DeadlineSchedule.derive(level, arrival.receivedAt(), status, timeline, calendar);
	}

	/**
	 * Keberatan: the complainant says the answer did not solve the matter, before {@code windowEnd} (when
	 * the complaint would close by itself). The complaint goes back to the coordinator.
	 */
	public void dispute(String reason, Handler by, Instant at, Instant windowEnd) {
		require(Action.DISPUTE, by);
		if (windowEnd == null || at.isAfter(windowEnd)) {
			throw new ActionRefused(ActionRefused.Reason.STATE, "complaint.dispute.windowClosed");
		}
		this.closedAt = null;
		moveTo(ComplaintStatus.REOPENED, TimelineEntry.Kind.DISPUTED, by.actor(), at, reason, null);
	}

	/**
	 * The complainant's verdict on the latest answer: noted in the history, and carried by the complaint as
	 * its latest verdict (what the reports count) when it is saved. Every verdict is kept with the ratings.
	 */
	Rating rate(int score, boolean solved, String comment, Handler by, Instant at) {
		require(Action.RATE, by);
		record(TimelineEntry.Kind.RATED, by.actor(), at, null, null);
		unsavedRating = new Rating(id, answeredAt, at, score, solved, comment);
		return unsavedRating;
	}

	/** The verdict given since the last save, if any; handed out once, to the save. */
	Optional<Rating> takeUnsavedRating() {
		Optional<Rating> rating = Optional.ofNullable(unsavedRating);
		unsavedRating = null;
		return rating;
	}

	/** No dispute came in time: the answered complaint is done. */
	public void closeAutomatically(Handler by, Instant at) {
		require(Action.AUTO_CLOSE, by);
		this.closedAt = at;
		moveTo(ComplaintStatus.CLOSED, TimelineEntry.Kind.AUTO_CLOSED, by.actor(), at, null, null);
	}

	/** What this person may do now; the pages offer exactly these. */
	public Set<Action> allowedActions(Handler by) {
		Set<Action> allowed = EnumSet.noneOf(Action.class);
		for (Action action : Action.values()) {
			if (action.allowedFrom(status) && action.allowedFor(by, unitId) && applies(action)) {
				allowed.add(action);
			}
		}
		return allowed;
	}

	/** Whether this person may see the complaint at all. */
	public boolean isVisibleTo(Handler by) {
		return switch (by.role()) {
			case COORDINATOR, HEAD, HELPDESK -> true;
			case UNIT_OFFICER -> by.covers(unitId);
			default -> false;
		};
	}

	/**
	 * Who complained, as anyone who may see the complaint may see it: nobody sees an anonymous
	 * complainant without a recorded look ({@link #revealIdentity}), which only the coordinator may take.
	 */
	public Optional<Complainant> visibleComplainant() {
		return anonymous ? Optional.empty() : Optional.of(complainant);
	}

	private boolean applies(Action action) {
		return switch (action) {
			case VIEW_IDENTITY -> anonymous;
			case RESUME -> heldFromStatus != null;
			case ASSIGN -> unitId != null;
			case ESCALATE -> escalatedAt == null;
			default -> true;
		};
	}

	/** The replayed history keeps the order of the statuses, not who may act: the importer did none of it. */
	private void requireState(Action action) {
		if (!action.allowedFrom(status)) {
			throw new ActionRefused(ActionRefused.Reason.STATE, "complaint.action.status",
					new MessageKey("action." + action.name()), new MessageKey("status." + status.name()));
		}
	}

	private void require(Action action, Handler by) {
		if (!action.allowedFor(by, unitId)) {
			throw new ActionRefused(ActionRefused.Reason.ROLE, "complaint.action.role",
					new MessageKey("action." + action.name()));
		}
		if (!action.allowedFrom(status) || !applies(action)) {
			throw new ActionRefused(ActionRefused.Reason.STATE, "complaint.action.status",
					new MessageKey("action." + action.name()), new MessageKey("status." + status.name()));
		}
	}

	private void moveTo(ComplaintStatus next, TimelineEntry.Kind kind, Actor by, Instant at, String note,
			String detail) {
		ComplaintStatus previous = status;
		this.status = next;
		record(kind, by, at, note, detail);
		if (previous != next && id != null) {
			registerEvent(new ComplaintStatusChanged(id, previous, next, unitId));
		}
	}

	private void record(TimelineEntry.Kind kind, Actor by, Instant at, String note, String detail) {
		TimelineEntry entry = new TimelineEntry(null, at, kind, status, by.accountId(), by.name(), by.role(), note,
				detail);
		timeline.add(entry);
		unsaved.add(entry);
	}

	List<TimelineEntry> takeUnsaved() {
		List<TimelineEntry> taken = List.copyOf(unsaved);
		unsaved.clear();
		return taken;
	}

	/**
	 * After the repository stored the complaint and the entries taken from {@link #takeUnsaved()}. A
	 * complaint stored for the first time is now in the register, under the id it was given.
	 */
	void markSaved(long newId, int newVersion, List<TimelineEntry> stored, List<Long> entryIds) {
		if (id == null && !historical) {
			registerEvent(new ComplaintRegistered(newId, trackingCode.value(), arrival.channelId(),
					issuedKey == null ? null : issuedKey.value(), complainant.email() != null,
					complainant.phoneNotices() && complainant.phone() != null, filesLeftOut));
			issuedKey = null;
			filesLeftOut = List.of();
		}
		this.id = newId;
		this.version = newVersion;
		for (int i = 0; i < stored.size(); i++) {
			for (int j = 0; j < timeline.size(); j++) {
				if (timeline.get(j) == stored.get(i)) {
					timeline.set(j, stored.get(i).withId(entryIds.get(i)));
				}
			}
		}
	}

	private void registerEvent(Object event) {
		events.add(event);
	}

	/** What happened to the complaint since it was last published, in order. */
	List<Object> domainEvents() {
		return List.copyOf(events);
	}

	/** After {@link Complaints} published the {@link #domainEvents()}. */
	void clearEvents() {
		events.clear();
	}

	/** The hash of the access key issued at registration, to store; null for a complaint read back. */
	String issuedKeyHash() {
		return issuedKey == null ? null : issuedKey.hash();
	}

	Stored stored() {
		return new Stored(id, trackingCode, version, arrival, registeredAt, registeredBy, complainant, anonymous,
				confidential, matter, classification, unitId, status, heldFromStatus, verifiedAt, routedAt, answer,
				answeredAt, closedAt, referredTo, closingReason, duplicateOfId, serviceLevel, schedule, assignee,
				escalatedAt);
	}

	public Long id() {
		return id;
	}

	public TrackingCode trackingCode() {
		return trackingCode;
	}

	public int version() {
		return version;
	}

	public Arrival arrival() {
		return arrival;
	}

	public Instant receivedAt() {
		return arrival.receivedAt();
	}

	public Instant registeredAt() {
		return registeredAt;
	}

	public long channelId() {
		return arrival.channelId();
	}

	public String channelReference() {
		return arrival.reference();
	}

	/** The complainant as stored, for storage and for messages to the complainant themselves. */
	Complainant complainant() {
		return complainant;
	}

	public boolean isAnonymous() {
		return anonymous;
	}

	public boolean isConfidential() {
		return confidential;
	}

	public Matter matter() {
		return matter;
	}

	public String title() {
		return matter.title();
	}

	public String description() {
		return matter.description();
	}

	public LocalDate incidentDate() {
		return matter.incidentDate();
	}

	public String incidentPlace() {
		return matter.incidentPlace();
	}

	public Classification classification() {
		return classification;
	}

	public Long unitId() {
		return unitId;
	}

	public ComplaintStatus status() {
		return status;
	}

	public ComplaintStatus heldFromStatus() {
		return heldFromStatus;
	}

	public Instant verifiedAt() {
		return verifiedAt;
	}

	public Instant routedAt() {
		return routedAt;
	}

	public String answer() {
		return answer;
	}

	public Instant answeredAt() {
		return answeredAt;
	}

	public Instant closedAt() {
		return closedAt;
	}

	public String referredTo() {
		return referredTo;
	}

	public String closingReason() {
		return closingReason;
	}

	public Long duplicateOfId() {
		return duplicateOfId;
	}

	/** The rule this complaint is judged by; null until it was first planned. */
	public ServiceLevel serviceLevel() {
		return serviceLevel;
	}

	/** Deadlines and response times; null until it was first planned. */
	public DeadlineSchedule schedule() {
		return schedule;
	}

	/** The officer who has the complaint in hand, if one was named. */
	public Optional<Assignee> assignee() {
		return Optional.ofNullable(assignee);
	}

	/** When the complaint was raised to the head; null while it was not. */
	public Instant escalatedAt() {
		return escalatedAt;
	}

	public List<TimelineEntry> timeline() {
		return Collections.unmodifiableList(timeline);
	}
}
