package id.aduan.complaints;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.accounts.AccountManagement;
import id.aduan.accounts.Actor;
import id.aduan.accounts.Role;
import id.aduan.accounts.StaffAccount;
import id.aduan.audit.AuditTrail;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceItem;
import id.aduan.catalog.ReferenceList;
import id.aduan.catalog.WorkUnit;
import id.aduan.system.ActionRefused;
import id.aduan.system.MaxLength;
import id.aduan.system.NotFound;
import id.aduan.system.PlainText;
import id.aduan.system.Problems;
import id.aduan.system.Required;

/**
 * What staff do to a complaint after it arrived. Each method checks the user's input, loads the
 * complaint (as not found when the user may not see it), lets the complaint decide whether the step
 * is allowed, and stores the change, its audit line and its events in one transaction.
 * {@code version} is the version the user saw; a change made meanwhile by someone else is refused.
 */
@Component
public class ComplaintHandling {

	private static final int NOTE_MAX = 10000;

	private static final int REASON_MAX = 1000;

	/** An officer's note with an action, where the action can go without one. */
	private record Note(@MaxLength(NOTE_MAX) @PlainText String note) {
	}

	/** A note that is the action itself (a follow-up, a note to the file, a channel's update). */
	private record RequiredNote(@Required @MaxLength(NOTE_MAX) @PlainText String note) {
	}

	/** Why a complaint is held, rejected, reopened or returned: the complainant and the trail read it. */
	private record Reason(@Required @MaxLength(REASON_MAX) @PlainText String reason) {
	}

	private record DuplicateReason(@MaxLength(REASON_MAX) @PlainText String reason) {
	}

	private record Answer(@Required @MaxLength(NOTE_MAX) @PlainText String answer) {
	}

	/** Bukan wewenang: the body the complaint went to, and a note. */
	private record Referral(@Required @MaxLength(300) @PlainText String destination,
			@MaxLength(NOTE_MAX) @PlainText String note) {
	}

	private final Complaints complaints;

	private final Attachments attachments;

	private final AttachmentPolicy policy;

	private final Catalog catalog;

	private final AuditTrail audit;

	private final Clock clock;

	private final ComplaintAccess access;

	private final DeadlinePlanning planning;

	private final AccountManagement accounts;

	ComplaintHandling(Complaints complaints, Attachments attachments, AttachmentPolicy policy, Catalog catalog,
			AuditTrail audit, Clock clock, ComplaintAccess access, DeadlinePlanning planning,
			AccountManagement accounts) {
		this.accounts = accounts;
		this.access = access;
		this.planning = planning;
		this.complaints = complaints;
		this.attachments = attachments;
		this.policy = policy;
		this.catalog = catalog;
		this.audit = audit;
		this.clock = clock;
	}

	/** Verifies and classifies; with a unit given, routes it there in the same step (verifikasi dan disposisi). */
	@Transactional
	public void verify(long id, Integer version, Classification classification, Long unitId, String note,
			Actor actor) {
		Problems problems = new Problems();
		checkClassification(classification, problems);
		WorkUnit unit = unitId == null ? null : unit(unitId, problems);
		problems.validate(new Note(note)).throwIfAny();
		change(id, version, actor, (complaint, handler) -> {
			Instant now = clock.instant();
			complaint.verify(classification, Problems.blankToNull(note), handler, now);
			if (unit != null) {
				complaint.routeTo(unit.id(), unit.name(), null, handler, now);
			}
		});
	}

	@Transactional
	public void classify(long id, Integer version, Classification classification, Actor actor) {
		Problems problems = new Problems();
		checkClassification(classification, problems);
		problems.throwIfAny();
		change(id, version, actor, (complaint, handler) -> complaint.classify(classification, handler, clock.instant()));
	}

	@Transactional
	public void route(long id, Integer version, Long unitId, String note, Actor actor) {
		Problems problems = new Problems();
		WorkUnit unit = unitId == null ? null : unit(unitId, problems);
		problems.check(unitId != null, "unitId", "complaint.unit.required").validate(new Note(note)).throwIfAny();
		change(id, version, actor, (complaint, handler) -> complaint.routeTo(unit.id(), unit.name(),
				Problems.blankToNull(note), handler, clock.instant()));
	}

	/** Records a follow-up with its documentation photos (dokumentasi tindak lanjut). */
	@Transactional
	public void recordFollowUp(long id, Integer version, String note, List<AttachmentUpload> photos, Actor actor) {
		Problems problems = new Problems().validate(new RequiredNote(note));
		List<AttachmentPolicy.Accepted> files = policy.check("photos", photos == null ? List.of() : photos, true,
				problems);
		problems.throwIfAny();
		Instant now = clock.instant();
		List<Long> entries = change(id, version, actor,
				(complaint, handler) -> complaint.recordFollowUp(note.trim(), handler, now));
		for (AttachmentPolicy.Accepted file : files) {
			attachments.add(id, entries.get(entries.size() - 1), Attachment.Purpose.DOCUMENTATION, file, actor.name(),
					now);
		}
	}

	@Transactional
	public void answer(long id, Integer version, String text, Actor actor) {
		new Problems().validate(new Answer(text)).throwIfAny();
		change(id, version, actor, (complaint, handler) -> complaint.answer(text.trim(), handler, clock.instant()));
	}

	@Transactional
	public void close(long id, Integer version, String note, Actor actor) {
		new Problems().validate(new Note(note)).throwIfAny();
		change(id, version, actor,
				(complaint, handler) -> complaint.close(Problems.blankToNull(note), handler, clock.instant()));
	}

	@Transactional
	public void hold(long id, Integer version, String reason, Actor actor) {
		new Problems().validate(new Reason(reason)).throwIfAny();
		change(id, version, actor, (complaint, handler) -> complaint.hold(reason.trim(), handler, clock.instant()));
	}

	@Transactional
	public void resume(long id, Integer version, String note, Actor actor) {
		new Problems().validate(new Note(note)).throwIfAny();
		change(id, version, actor,
				(complaint, handler) -> complaint.resume(Problems.blankToNull(note), handler, clock.instant()));
	}

	/** Bukan wewenang: names the body it was forwarded to. */
	@Transactional
	public void refer(long id, Integer version, String destination, String note, Actor actor) {
		new Problems().validate(new Referral(destination, note)).throwIfAny();
		change(id, version, actor, (complaint, handler) -> complaint.referTo(destination.trim(),
				Problems.blankToNull(note), handler, clock.instant()));
	}

	@Transactional
	public void reject(long id, Integer version, String reason, Actor actor) {
		new Problems().validate(new Reason(reason)).throwIfAny();
		change(id, version, actor, (complaint, handler) -> complaint.reject(reason.trim(), handler, clock.instant()));
	}

	/** Marks the complaint a duplicate of the one with {@code originalCode}. */
	@Transactional
	public void markDuplicate(long id, Integer version, String originalCode, String reason, Actor actor) {
		Problems problems = new Problems().validate(new DuplicateReason(reason));
		Complaint original = TrackingCode.parse(originalCode).flatMap(complaints::byTrackingCode).orElse(null);
		problems.check(original != null, "originalCode", "complaint.duplicate.unknown").throwIfAny();
		change(id, version, actor, (complaint, handler) -> complaint.markDuplicateOf(original,
				Problems.blankToNull(reason), handler, clock.instant()));
	}

	@Transactional
	public void reopen(long id, Integer version, String reason, Actor actor) {
		new Problems().validate(new Reason(reason)).throwIfAny();
		change(id, version, actor, (complaint, handler) -> complaint.reopen(reason.trim(), handler, clock.instant()));
	}

	@Transactional
	public void returnToCoordinator(long id, Integer version, String reason, Actor actor) {
		new Problems().validate(new Reason(reason)).throwIfAny();
		change(id, version, actor,
				(complaint, handler) -> complaint.returnToCoordinator(reason.trim(), handler, clock.instant()));
	}

	@Transactional
	public void addNote(long id, Integer version, String note, Actor actor) {
		new Problems().validate(new RequiredNote(note)).throwIfAny();
		change(id, version, actor, (complaint, handler) -> complaint.addNote(note.trim(), handler, clock.instant()));
	}

	/** Puts the complaint in the hands of the unit officer with account {@code officerId} (see {@link Complaint#assignTo}). */
	@Transactional
	public void assign(long id, Integer version, Long officerId, Actor actor) {
		Assignee officer = assignee(officerId);
		change(id, version, actor, (complaint, handler) -> complaint.assignTo(officer, handler, clock.instant()));
	}

	/**
	 * Routes every complaint in {@code ids} to one unit, all or none: a complaint that may not be routed
	 * refuses the whole batch, naming its tracking code, and nothing is stored.
	 */
	@Transactional
	public int routeAll(List<Long> ids, Long unitId, Actor actor) {
		Problems problems = new Problems();
		problems.check(ids != null && !ids.isEmpty(), "ids", "inbox.bulk.none");
		WorkUnit unit = unitId == null ? null : unit(unitId, problems);
		problems.check(unitId != null, "unitId", "complaint.unit.required").throwIfAny();
		for (long id : ids) {
			inBatch(id, () -> change(id, null, actor,
					(complaint, handler) -> complaint.routeTo(unit.id(), unit.name(), null, handler, clock.instant())));
		}
		return ids.size();
	}

	/** Assigns every complaint in {@code ids} to one officer, all or none (as {@link #routeAll}). */
	@Transactional
	public int assignAll(List<Long> ids, Long officerId, Actor actor) {
		new Problems().check(ids != null && !ids.isEmpty(), "ids", "inbox.bulk.none").throwIfAny();
		Assignee officer = assignee(officerId);
		for (long id : ids) {
			inBatch(id, () -> change(id, null, actor,
					(complaint, handler) -> complaint.assignTo(officer, handler, clock.instant())));
		}
		return ids.size();
	}

	/**
	 * Aduan raises an overdue complaint to the head (see {@link Complaint#escalate}); false when it was
	 * raised before (by another instance meanwhile), so the caller tells nobody twice.
	 */
	@Transactional
	public boolean escalate(long id, int overdueDays) {
		Complaint complaint = complaints.byId(id).orElseThrow(() -> new NotFound("complaint.notFound"));
		if (complaint.escalatedAt() != null) {
			return false;
		}
		Actor system = Actor.system();
		complaint.escalate(overdueDays, new Handler(system, Set.of()), clock.instant());
		complaints.save(complaint);
		audit.record(system.name(), "COMPLAINT_ESCALATED", "complaint", String.valueOf(id),
				complaint.trackingCode().value() + ": " + overdueDays);
		return true;
	}

	/** A step of a batch; a refusal names the complaint it came from, and rolls the whole batch back. */
	private void inBatch(long id, Runnable step) {
		try {
			step.run();
		}
		catch (ActionRefused refused) {
			String code = complaints.trackingCodeOf(id).map(TrackingCode::value).orElse(String.valueOf(id));
			throw new ActionRefused(refused.reason(), "inbox.bulk.refused", code,
					new DefaultMessageSourceResolvable(new String[] { refused.messageKey() }, refused.arguments(),
							refused.messageKey()));
		}
	}

	/** The officer to assign: an active unit officer's account, else a problem on the field {@code officerId}. */
	private Assignee assignee(Long officerId) {
		StaffAccount account = officerId == null ? null
				: accounts.find(officerId)
					.filter(StaffAccount::active)
					.filter(found -> found.role() == Role.UNIT_OFFICER && found.unitId() != null)
					.orElse(null);
		new Problems().check(account != null, "officerId", "complaint.assign.officer.required").throwIfAny();
		return new Assignee(account.id(), account.displayName(), account.unitId(),
				catalog.unitTree().subtreeOf(account.unitId()));
	}

	/**
	 * Records what the complaint's channel now says of it (see {@link Complaint#recordChannelUpdate}),
	 * whoever may see the complaint or Aduan itself; not refused for a stale page, since nobody saw one.
	 */
	@Transactional
	public void recordChannelUpdate(long id, String note, Actor actor) {
		new Problems().validate(new RequiredNote(note)).throwIfAny();
		Complaint complaint = actor.role().isStaff() ? access.visible(id, actor)
				: complaints.byId(id).orElseThrow(() -> new NotFound("complaint.notFound"));
		complaint.recordChannelUpdate(note.strip(), actor, clock.instant());
		complaints.save(complaint);
		audit.record(actor.name(), "COMPLAINT_CHANNEL_UPDATE", "complaint", String.valueOf(id),
				complaint.trackingCode().value());
	}

	/** Shows an anonymous complainant's identity to the coordinator, and records that it was shown. */
	@Transactional
	public Complainant revealIdentity(long id, Actor actor) {
		Complaint complaint = access.visible(id, actor);
		Handler handler = access.handler(actor);
		Complainant complainant = complaint.revealIdentity(handler, clock.instant());
		complaints.save(complaint);
		audit.record(actor.name(), "IDENTITY_VIEWED", "complaint", String.valueOf(id),
				complaint.trackingCode().value());
		return complainant;
	}

	private List<Long> change(long id, Integer version, Actor actor, BiConsumer<Complaint, Handler> step) {
		Complaint complaint = access.visible(id, actor);
		if (version != null && version != complaint.version()) {
			throw new ActionRefused(ActionRefused.Reason.STATE, "complaint.concurrentChange");
		}
		Handler handler = access.handler(actor);
		ComplaintStatus before = complaint.status();
		int timelineBefore = complaint.timeline().size();
		step.accept(complaint, handler);
		planning.plan(complaint);
		List<Long> entryIds = complaints.save(complaint);
		List<TimelineEntry> added = complaint.timeline().subList(timelineBefore, complaint.timeline().size());
		for (TimelineEntry entry : added) {
			audit.record(actor.name(), "COMPLAINT_" + entry.kind().name(), "complaint", String.valueOf(id),
					complaint.trackingCode().value() + ": " + before + " -> " + entry.statusAfter());
		}
		return entryIds;
	}

	private WorkUnit unit(long unitId, Problems problems) {
		WorkUnit unit = catalog.unit(unitId).filter(WorkUnit::active).orElse(null);
		problems.check(unit != null, "unitId", "complaint.unit.unknown");
		return unit;
	}

	/**
	 * A verified complaint has a report type and a category; a complaint proper (pengaduan) also has its
	 * form a/b/c. Everything named must exist and be in use.
	 */
	private void checkClassification(Classification c, Problems problems) {
		ReferenceItem type = c.reportTypeId() == null ? null
				: catalog.item(ReferenceList.REPORT_TYPE, c.reportTypeId()).filter(ReferenceItem::active).orElse(null);
		problems.check(type != null, "reportTypeId", "complaint.reportType.required");
		problems.check(c.categoryId() != null && activeItem(ReferenceList.CATEGORY, c.categoryId()), "categoryId",
				"complaint.category.required");
		if (type != null && "PENGADUAN".equals(type.code())) {
			problems.check(c.formId() != null && activeItem(ReferenceList.FORM, c.formId()), "formId",
					"complaint.form.required");
		}
		else {
			problems.check(c.formId() == null || activeItem(ReferenceList.FORM, c.formId()), "formId",
					"complaint.form.unknown");
		}
		problems.check(c.serviceId() == null
				|| catalog.service(c.serviceId()).filter(service -> service.active()).isPresent(), "serviceId",
				"complaint.service.unknown");
	}

	private boolean activeItem(ReferenceList list, long id) {
		return catalog.item(list, id).filter(ReferenceItem::active).isPresent();
	}
}
