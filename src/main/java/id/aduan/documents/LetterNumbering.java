package id.aduan.documents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.accounts.Actor;
import id.aduan.accounts.Role;
import id.aduan.audit.AuditTrail;
import id.aduan.catalog.Catalog;
import id.aduan.system.ActionRefused;
import id.aduan.system.InvalidInput;
import id.aduan.system.MaxLength;
import id.aduan.system.PlainText;
import id.aduan.system.Problems;
import id.aduan.system.Required;

/**
 * Issues official letter numbers and keeps their register.
 * <p>
 * A number is drawn from the one counter of the office's year and written to the register in the
 * <em>caller's</em> transaction: if the document it was drawn for is not stored after all, the
 * counter goes back with it, so no number is ever skipped; the register's unique key on (office,
 * year, sequence) makes reuse impossible even for a bug. Concurrent requests wait for each other on the
 * counter's row lock, so the caller's transaction should be short. A number for a year already past
 * is refused: that year's register is closed, unless the administrator reopened it to number a document
 * of that year entered late ({@link YearOpening}), going on from the last number the office used then.
 * <p>
 * The administrator sets the classification code of each document kind and, when the office already
 * used numbers outside Aduan this year, records a jump of the counter with its reason.
 */
@Component
public class LetterNumbering {

	/** What a number is asked for: the kind of document, its date, what it is, and a short description. */
	public record Request(String kindCode, LocalDate letterDate, String subjectType, String subjectId,
			@Required @MaxLength(300) @PlainText String about) {
	}

	/** Why the counter jumps forward: numbers given out by hand, which the trail must explain. */
	private record JumpReason(@Required @MaxLength(500) @PlainText String reason) {
	}

	/** Aduan serves one office; the column is there so that the register can hold several. */
	static final int OFFICE = 1;

	private static final Pattern CLASSIFICATION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.\\-]{0,19}");

	private final LetterNumbers numbers;

	private final DocumentKinds kinds;

	private final Catalog catalog;

	private final AuditTrail audit;

	private final Clock clock;

	LetterNumbering(LetterNumbers numbers, DocumentKinds kinds, Catalog catalog, AuditTrail audit, Clock clock) {
		this.numbers = numbers;
		this.kinds = kinds;
		this.catalog = catalog;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Draws the next number of the letter date's year. Problems are reported on the fields
	 * {@code date} (missing, or a past year) and {@code kind}.
	 */
	@Transactional
	public IssuedNumber issue(Request request, Actor actor) {
		Problems problems = new Problems();
		DocumentKind kind = request.kindCode() == null ? null : kinds.byCode(request.kindCode()).orElse(null);
		problems.check(kind != null, "kind", "numbering.kind.unknown");
		LocalDate date = request.letterDate();
		int thisYear = currentYear();
		boolean reopened = false;
		if (date == null) {
			problems.add("date", "field.required");
		}
		else if (date.getYear() < thisYear) {
			reopened = numbers.opening(OFFICE, date.getYear()).isPresent();
			problems.check(reopened, "date", "numbering.pastYear", String.valueOf(date.getYear()),
					String.valueOf(thisYear));
		}
		problems.validate(request).throwIfAny();
		int sequence = numbers.next(OFFICE, date.getYear());
		LetterNumber number = new LetterNumber(kind.classificationCode(), sequence, date.getMonth(), date.getYear());
		Instant now = clock.instant();
		String about = request.about().trim();
		long id = numbers.record(OFFICE, number, kind.code(), date, request.subjectType(), request.subjectId(), about,
				now, actor.name(), actor.accountId());
		audit.record(actor.name(), "LETTER_NUMBER_ISSUED", "letter_number", String.valueOf(id),
				number + " (" + kind.code() + "): " + about
						+ (reopened ? " (register tahun " + date.getYear() + " dibuka kembali)" : ""));
		return new IssuedNumber(id, number, kind.code(), date, request.subjectType(), request.subjectId(), about, now,
				actor.name());
	}

	@Transactional(readOnly = true)
	public List<DocumentKind> kinds() {
		return kinds.all();
	}

	@Transactional(readOnly = true)
	public List<IssuedNumber> register(int year) {
		return numbers.ofYear(OFFICE, year);
	}

	@Transactional(readOnly = true)
	public List<CounterJump> jumps(int year) {
		return numbers.jumps(OFFICE, year);
	}

	/** The last sequence used in a year, 0 when none was. */
	@Transactional(readOnly = true)
	public int lastSequence(int year) {
		return numbers.last(OFFICE, year).orElse(0);
	}

	/** The years that have a counter, newest first, always including the current one. */
	@Transactional(readOnly = true)
	public List<Integer> years() {
		List<Integer> years = new ArrayList<>(numbers.years(OFFICE));
		if (!years.contains(currentYear())) {
			years.add(0, currentYear());
		}
		return years;
	}

	public int currentYear() {
		return LocalDate.now(clock.withZone(catalog.office().zone())).getYear();
	}

	/** The administrator changes a kind's classification code; numbers already issued keep theirs. */
	@Transactional
	public void changeClassification(String kindCode, String classificationCode, Actor actor) {
		mustAdminister(actor);
		DocumentKind kind = kinds.byCode(kindCode).orElseThrow(() -> InvalidInput.of("kind", "numbering.kind.unknown"));
		String code = classificationCode == null ? "" : classificationCode.trim();
		new Problems().check(CLASSIFICATION.matcher(code).matches(), "classificationCode", "numbering.classification.format")
			.throwIfAny();
		kinds.changeClassification(kind.code(), code, clock.instant(), actor.name());
		audit.record(actor.name(), "CLASSIFICATION_CHANGED", "document_kind", kind.code(),
				kind.classificationCode() + " -> " + code);
	}

	/**
	 * The administrator records that this year's numbers up to {@code lastUsed} were used outside Aduan;
	 * the next number issued is {@code lastUsed + 1}. Only forward, only for the current year, and only
	 * with a reason: a counter never goes back.
	 */
	@Transactional
	public void jump(Integer lastUsed, String reason, Actor actor) {
		mustAdminister(actor);
		int year = currentYear();
		int last = numbers.lockedLast(OFFICE, year);
		Problems problems = new Problems().validate(new JumpReason(reason));
		problems.check(lastUsed != null && lastUsed > last && lastUsed <= 99999, "lastUsed", "numbering.jump.forward",
				String.valueOf(last));
		problems.throwIfAny();
		numbers.setLast(OFFICE, year, lastUsed);
		CounterJump jump = new CounterJump(year, last, lastUsed, reason.trim(), clock.instant(), actor.name());
		numbers.recordJump(OFFICE, jump);
		audit.record(actor.name(), "LETTER_COUNTER_JUMPED", "letter_counter", String.valueOf(year),
				last + " -> " + lastUsed + ": " + jump.reason());
	}

	/**
	 * The administrator reopens a past year's register to number documents dated in that year, going on
	 * from {@code lastUsed}, the last number the office used that year (never below what Aduan already
	 * issued for it: a counter never goes back). Numbers skipped up to it are written down as a jump, so
	 * no gap is silent. Problems are reported on {@code year}, {@code lastUsed} and {@code reason}.
	 */
	@Transactional
	public YearOpening reopen(Integer year, Integer lastUsed, String reason, Actor actor) {
		mustAdminister(actor);
		int thisYear = currentYear();
		Problems problems = new Problems();
		boolean pastYear = year != null && year >= 2000 && year < thisYear;
		problems.check(pastYear, "year", "numbering.reopen.year", String.valueOf(thisYear));
		int last = 0;
		if (pastYear) {
			// The counter's lock first: two administrators reopening the same year wait for each other.
			last = numbers.lockedLast(OFFICE, year);
			problems.check(numbers.opening(OFFICE, year).isEmpty(), "year", "numbering.reopen.alreadyOpen",
					String.valueOf(year));
		}
		problems.check(lastUsed != null && lastUsed >= last && lastUsed <= 99999, "lastUsed", "numbering.reopen.lastUsed",
				String.valueOf(last));
		problems.validate(new JumpReason(reason));
		problems.throwIfAny();
		Instant now = clock.instant();
		String why = reason.trim();
		if (lastUsed > last) {
			numbers.setLast(OFFICE, year, lastUsed);
			numbers.recordJump(OFFICE, new CounterJump(year, last, lastUsed, why, now, actor.name()));
		}
		numbers.recordOpening(OFFICE, year, last, lastUsed, why, now, actor.name());
		audit.record(actor.name(), "LETTER_YEAR_REOPENED", "letter_counter", String.valueOf(year),
				"register dibuka kembali, nomor urut terakhir " + last + " -> " + lastUsed + ": " + why);
		return numbers.opening(OFFICE, year).orElseThrow();
	}

	/** The administrator closes a reopened year's register again: its numbers are refused once more. */
	@Transactional
	public void closeYear(int year, Actor actor) {
		mustAdminister(actor);
		if (!numbers.closeOpening(OFFICE, year, clock.instant(), actor.name())) {
			throw new ActionRefused(ActionRefused.Reason.STATE, "numbering.close.notOpen");
		}
		audit.record(actor.name(), "LETTER_YEAR_CLOSED", "letter_counter", String.valueOf(year),
				"register ditutup kembali pada nomor urut " + numbers.last(OFFICE, year).orElse(0));
	}

	/** Every reopening of a past year's register, newest first, open or closed again. */
	@Transactional(readOnly = true)
	public List<YearOpening> openings() {
		return numbers.openings(OFFICE);
	}

	private static void mustAdminister(Actor actor) {
		if (actor.role() != Role.ADMIN) {
			throw new ActionRefused(ActionRefused.Reason.ROLE, "numbering.role");
		}
	}
}
