package id.aduan.recaps;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.accounts.AccountManagement;
import id.aduan.accounts.Actor;
import id.aduan.accounts.Role;
import id.aduan.accounts.StaffAccount;
import id.aduan.audit.AuditTrail;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.PublicService;
import id.aduan.catalog.ReferenceItem;
import id.aduan.catalog.ReferenceList;
import id.aduan.catalog.WorkUnit;
import id.aduan.language.IndonesianDates;
import id.aduan.reports.ComplaintStatistics;
import id.aduan.reports.Figures;
import id.aduan.reports.ReportPeriod;
import id.aduan.system.ActionRefused;
import id.aduan.system.InvalidInput;
import id.aduan.system.NotFound;
import id.aduan.system.Problems;

/**
 * A unit's side of the recap: its officers review what Aduan counted for the unit, add the complaints it
 * received outside Aduan (one line at a time or from the recap spreadsheet) and submit; when the office asks
 * for it, the head of the unit approves, or sends the recap back with a note. A recap reaches the
 * coordinator when it is submitted (or approved, when approval is required): that day is judged against the
 * due date. A unit with no officer account has its recap filled in and submitted by the coordinator on
 * its behalf: each line and the submission carry the mark, and need no head's approval (such a unit
 * has no officer to be its head). Every change is in the audit trail, saying who did it for which unit.
 */
@Component
public class RecapSubmission {

	private final MonthlyRecaps recaps;

	private final RecapAccess access;

	private final RecapCalendar calendar;

	private final MonthClosing closing;

	private final RecapSpreadsheet spreadsheet;

	private final RecapFormReading reading;

	private final ComplaintStatistics statistics;

	private final Catalog catalog;

	private final AccountManagement accounts;

	private final AuditTrail audit;

	private final Clock clock;

	RecapSubmission(MonthlyRecaps recaps, RecapAccess access, RecapCalendar calendar, MonthClosing closing,
			RecapSpreadsheet spreadsheet, RecapFormReading reading, ComplaintStatistics statistics, Catalog catalog, AccountManagement accounts,
			AuditTrail audit, Clock clock) {
		this.recaps = recaps;
		this.access = access;
		this.calendar = calendar;
		this.closing = closing;
		this.spreadsheet = spreadsheet;
		this.reading = reading;
		this.statistics = statistics;
		this.catalog = catalog;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public RecapView view(long unitId, YearMonth month, Actor actor, Locale locale) {
		WorkUnit unit = unit(unitId, month);
		access.requireSight(actor, unitId);
		MonthlyRecap recap = recaps.findOrCreate(unitId, month);
		Figures figures = statistics.figures(ReportPeriod.month(month.getYear(), month.getMonthValue()), unitId, locale);
		List<RecapView.EntryLine> lines = new ArrayList<>();
		long outside = 0;
		for (RecapEntry entry : recaps.entries(recap.id())) {
			lines.add(new RecapView.EntryLine(entry, item(ReferenceList.CHANNEL, entry.channelId()),
					item(ReferenceList.CATEGORY, entry.categoryId()), item(ReferenceList.FORM, entry.formId()),
					entry.serviceId() == null ? null
							: catalog.service(entry.serviceId()).map(PublicService::name).orElse(null)));
			outside += entry.complaints();
		}
		boolean officer = access.isOfficerOf(actor, unitId);
		boolean onBehalf = !officer && access.entersOnBehalf(actor, unitId);
		boolean fills = officer || onBehalf;
		boolean head = access.isHeadOf(actor, unitId);
		RecapView.Permissions may = new RecapView.Permissions(fills && recap.isDraft(),
				fills && recap.isDraft() && calendar.isOver(month),
				head && recap.state() == RecapState.AWAITING_APPROVAL,
				head && recap.state() == RecapState.AWAITING_APPROVAL || actor.is(Role.COORDINATOR) && !recap.isDraft(),
				actor.is(Role.COORDINATOR), onBehalf);
		String headName = recaps.head(unitId).flatMap(accounts::find).map(StaffAccount::displayName).orElse(null);
		List<StaffAccount> candidates = actor.is(Role.COORDINATOR) ? access.headCandidates(unitId) : List.of();
		return new RecapView(unit, month, label(month), recap, figures, lines, outside, standing(unitId, month, recap),
				calendar.dueOn(month), headName, candidates, calendar.approvalRequired(), closing.latest(month).orElse(null),
				may);
	}

	@Transactional
	public void addEntry(long unitId, YearMonth month, EntryDraft entry, Actor actor) {
		MonthlyRecap recap = editable(unitId, month, actor);
		Problems problems = new Problems();
		entry.check(catalog, problems);
		problems.throwIfAny();
		boolean onBehalf = onBehalf(actor, unitId);
		recaps.add(recap.id(), entry, RecapEntry.MANUAL, actor.name(), onBehalf, clock.instant());
		audit.record(actor.name(), "RECAP_ENTRY_ADDED", "recap", recap.id() + "",
				entry.complaints() + " pengaduan di luar Aduan, " + label(month) + onBehalfNote(onBehalf, unitId));
	}

	/** What is wrong with a line, all at once ({@link InvalidInput}); to answer a form that could not even be read whole. */
	public void check(EntryDraft entry) {
		Problems problems = new Problems();
		entry.check(catalog, problems);
		problems.throwIfAny();
	}

	@Transactional
	public void removeEntry(long unitId, YearMonth month, long entryId, Actor actor) {
		MonthlyRecap recap = editable(unitId, month, actor);
		if (!recaps.remove(recap.id(), entryId)) {
			throw new NotFound("recap.entry.notFound");
		}
		audit.record(actor.name(), "RECAP_ENTRY_REMOVED", "recap", recap.id() + "",
				"baris " + entryId + onBehalfNote(onBehalf(actor, unitId), unitId));
	}

	/**
	 * Imports a filled recap spreadsheet: every line of it replaces the lines an earlier import brought, lines
	 * typed in stay. A file with any problem imports nothing ({@link InvalidInput} lists them all).
	 */
	/**
	 * What an import brought: {@code rows} lines with {@code complaints} complaints in all, replacing
	 * {@code replaced} lines of an earlier import.
	 */
	public record ImportResult(int rows, long complaints, int replaced) implements java.io.Serializable {
	}

	@Transactional
	public ImportResult importSpreadsheet(long unitId, YearMonth month, byte[] file, Actor actor) {
		MonthlyRecap recap = editable(unitId, month, actor);
		List<EntryDraft> entries = reading.read(file, catalog.unit(unitId).orElseThrow(), month);
		int replaced = recaps.removeImported(recap.id());
		Instant now = clock.instant();
		boolean onBehalf = onBehalf(actor, unitId);
		for (EntryDraft entry : entries) {
			recaps.add(recap.id(), entry, RecapEntry.IMPORT, actor.name(), onBehalf, now);
		}
		audit.record(actor.name(), "RECAP_IMPORTED", "recap", recap.id() + "", entries.size() + " baris diimpor, "
				+ replaced + " baris impor sebelumnya diganti, " + label(month) + onBehalfNote(onBehalf, unitId));
		return new ImportResult(entries.size(), entries.stream().mapToLong(EntryDraft::complaints).sum(), replaced);
	}

	public byte[] template(long unitId, YearMonth month, Actor actor) {
		WorkUnit unit = unit(unitId, month);
		access.requireSight(actor, unitId);
		return spreadsheet.template(unit, month);
	}

	@Transactional
	public MonthlyRecap submit(long unitId, YearMonth month, Actor actor, Locale locale) {
		MonthlyRecap recap = editable(unitId, month, actor);
		if (!calendar.isOver(month)) {
			throw new ActionRefused(ActionRefused.Reason.STATE, "recap.submit.tooEarly", label(month));
		}
		boolean onBehalf = onBehalf(actor, unitId);
		boolean approval = calendar.approvalRequired() && !onBehalf;
		if (approval && recaps.head(unitId).isEmpty()) {
			throw new ActionRefused(ActionRefused.Reason.STATE, "recap.submit.noHead");
		}
		long aduan = statistics.figures(ReportPeriod.month(month.getYear(), month.getMonthValue()), unitId, locale)
			.total();
		long outside = recaps.entries(recap.id()).stream().mapToLong(RecapEntry::complaints).sum();
		MonthlyRecap submitted = new MonthlyRecap(recap.id(), unitId, month,
				approval ? RecapState.AWAITING_APPROVAL : RecapState.SUBMITTED, clock.instant(), actor.name(),
				approval ? null : calendar.today(), null, null, null, (int) aduan, (int) outside, recap.version(),
				onBehalf);
		recaps.save(submitted);
		audit.record(actor.name(), approval ? "RECAP_SUBMITTED_FOR_APPROVAL" : "RECAP_SUBMITTED", "recap",
				recap.id() + "", label(month) + ": " + aduan + " pengaduan di Aduan, " + outside + " di luar Aduan"
						+ onBehalfNote(onBehalf, unitId));
		return submitted;
	}

	@Transactional
	public void approve(long unitId, YearMonth month, Actor actor) {
		MonthlyRecap recap = existing(unitId, month, actor);
		if (!access.isHeadOf(actor, unitId)) {
			throw new ActionRefused(ActionRefused.Reason.ROLE, "recap.approve.role");
		}
		if (recap.state() != RecapState.AWAITING_APPROVAL) {
			throw new ActionRefused(ActionRefused.Reason.STATE, "recap.approve.state");
		}
		recaps.save(new MonthlyRecap(recap.id(), unitId, month, RecapState.SUBMITTED, recap.submittedAt(),
				recap.submittedBy(), calendar.today(), clock.instant(), actor.name(), null, recap.aduanTotal(),
				recap.outsideTotal(), recap.version(), recap.submittedOnBehalf()));
		audit.record(actor.name(), "RECAP_APPROVED", "recap", recap.id() + "", label(month));
	}

	/** Back to the unit as a draft, with a note saying what to correct; it must be returned again. */
	@Transactional
	public void sendBack(long unitId, YearMonth month, String note, Actor actor) {
		MonthlyRecap recap = existing(unitId, month, actor);
		boolean head = access.isHeadOf(actor, unitId) && recap.state() == RecapState.AWAITING_APPROVAL;
		boolean coordinator = actor.is(Role.COORDINATOR) && !recap.isDraft();
		if (!head && !coordinator) {
			throw new ActionRefused(recap.isDraft() ? ActionRefused.Reason.STATE : ActionRefused.Reason.ROLE,
					"recap.sendBack.refused");
		}
		new Problems().validate(new RecapNote(note)).throwIfAny();
		recaps.save(new MonthlyRecap(recap.id(), unitId, month, RecapState.DRAFT, null, null, null, null, null,
				note.trim(), null, null, recap.version(), false));
		audit.record(actor.name(), "RECAP_SENT_BACK", "recap", recap.id() + "", label(month) + ": " + note.trim());
	}

	/** The coordinator names the officer who heads the unit and approves its recaps. */
	@Transactional
	public void nameHead(long unitId, Long accountId, Actor actor) {
		if (!actor.is(Role.COORDINATOR)) {
			throw new ActionRefused(ActionRefused.Reason.ROLE, "recap.head.role");
		}
		catalog.unit(unitId).orElseThrow(() -> new NotFound("recap.notFound"));
		StaffAccount account = accountId == null ? null
				: access.headCandidates(unitId).stream().filter(a -> a.id() == accountId).findFirst().orElse(null);
		new Problems().check(account != null, "headId", "recap.head.invalid").throwIfAny();
		recaps.nameHead(unitId, account.id(), actor.name(), clock.instant());
		audit.record(actor.name(), "RECAP_HEAD_NAMED", "work_unit", unitId + "", account.displayName());
	}

	RecapStanding standing(long unitId, YearMonth month, MonthlyRecap recap) {
		return RecapStanding.of(month, unitId, calendar.owed(month), calendar.beforeAduan(month), calendar.dueOn(month),
				recap, calendar.today());
	}

	private MonthlyRecap editable(long unitId, YearMonth month, Actor actor) {
		unit(unitId, month);
		access.requireSight(actor, unitId);
		if (!access.isOfficerOf(actor, unitId) && !access.entersOnBehalf(actor, unitId)) {
			throw new ActionRefused(ActionRefused.Reason.ROLE,
					actor.is(Role.COORDINATOR) ? "recap.onBehalf.hasOfficer" : "recap.edit.role");
		}
		MonthlyRecap recap = recaps.findOrCreate(unitId, month);
		if (!recap.isDraft()) {
			throw new ActionRefused(ActionRefused.Reason.STATE, "recap.edit.state");
		}
		return recap;
	}

	/** Whether the actor, allowed to change the recap, does so for a unit that has no officer of its own. */
	private boolean onBehalf(Actor actor, long unitId) {
		return !access.isOfficerOf(actor, unitId);
	}

	/** What the audit trail adds when the coordinator acts for the unit. */
	private String onBehalfNote(boolean onBehalf, long unitId) {
		return onBehalf ? ", oleh koordinator atas nama unit " + catalog.unit(unitId).map(WorkUnit::name).orElse("")
				: "";
	}

	private MonthlyRecap existing(long unitId, YearMonth month, Actor actor) {
		unit(unitId, month);
		access.requireSight(actor, unitId);
		return recaps.findOrCreate(unitId, month);
	}

	/** The unit, when it owes recaps and the month has begun; otherwise there is no such recap. */
	private WorkUnit unit(long unitId, YearMonth month) {
		WorkUnit unit = catalog.unit(unitId).filter(u -> !u.isRoot()).orElseThrow(() -> new NotFound("recap.notFound"));
		if (month.isAfter(YearMonth.from(calendar.today())) || month.getYear() < 2000) {
			throw new NotFound("recap.notFound");
		}
		return unit;
	}

	private String item(ReferenceList list, Long id) {
		return id == null ? null : catalog.item(list, id).map(ReferenceItem::name).orElse(null);
	}

	static String label(YearMonth month) {
		return IndonesianDates.monthName(month.getMonth()) + " " + month.getYear();
	}
}
