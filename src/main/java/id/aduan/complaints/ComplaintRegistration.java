package id.aduan.complaints;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.aduan.accounts.Actor;
import id.aduan.audit.AuditTrail;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceItem;
import id.aduan.catalog.ReferenceList;
import id.aduan.system.FieldProblem;
import id.aduan.system.GroupCommit;
import id.aduan.system.PhoneNumber;
import id.aduan.system.Problems;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Puts a complaint into the register, from whichever channel: the citizen's form, the help desk, the
 * API. Checks everything first and reports every problem at once; stores the complaint, its first
 * timeline entry, its files and its audit line in one transaction, or nothing, and answers only once
 * that transaction is committed. Called inside a transaction (a channel that writes its own rows with
 * the complaint, an Idempotency-Key's claim), it stores the complaint in that transaction.
 * <p>
 * Complaints registered at the same moment by different requests share one transaction
 * ({@link RegistrationSettings group commit}). Measured side by side on PostgreSQL (docs/benchmarks.md),
 * one transaction per complaint took half the complaints a second through, even with the report's tally
 * no longer locking shared rows: on two cores the commits' fixed cost, in the JVM and in the database,
 * dominates a complaint's.
 */
@Component
public class ComplaintRegistration implements SmartLifecycle {

	/** How far in the future a received time may lie: clocks of desks and servers disagree a little. */
	private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

	static final int MIN_DESCRIPTION = 10;

	private final Complaints complaints;

	private final Attachments attachments;

	private final AttachmentPolicy policy;

	private final Catalog catalog;

	private final AuditTrail audit;

	private final Clock clock;

	private final DeadlinePlanning planning;

	private final SecureRandom random = new SecureRandom();

	private final TransactionTemplate transaction;

	private final RegistrationSettings settings;

	private final GroupCommit<Registration, Receipt> commits;

	ComplaintRegistration(Complaints complaints, Attachments attachments, AttachmentPolicy policy, Catalog catalog,
			AuditTrail audit, Clock clock, DeadlinePlanning planning, TransactionTemplate transaction,
			RegistrationSettings settings, MeterRegistry meters) {
		this.transaction = transaction;
		this.settings = settings;
		this.commits = new GroupCommit<>("complaint-registration", transaction, settings.maxBatch(), this::storeAll,
				this::storeAlone);
		DistributionSummary batches = DistributionSummary.builder("aduan.registration.batch")
			.description("Complaints written together in one transaction by group commit")
			.register(meters);
		commits.onCommitted(batches::record);
		Gauge.builder("aduan.registration.waiting", commits, GroupCommit::waiting)
			.description("Registrations queued for the next group commit")
			.register(meters);
		this.planning = planning;
		this.complaints = complaints;
		this.attachments = attachments;
		this.policy = policy;
		this.catalog = catalog;
		this.audit = audit;
		this.clock = clock;
	}

	/** Registers the complaint; see {@link #registerWithReceipt} for the access key as well. */
	public TrackingCode register(NewComplaint input, Actor by) {
		return registerWithReceipt(input, by).trackingCode();
	}

	/**
	 * Registers the complaint and hands back what the complainant must be given: the tracking code and
	 * the access key to the message thread, which exists in plain nowhere else. Returns once the
	 * complaint is committed, or, called inside a transaction, with it stored in that transaction.
	 */
	public Receipt registerWithReceipt(NewComplaint input, Actor by) {
		return registerWithReceipt(input, by, List.of());
	}

	/**
	 * As {@link #registerWithReceipt(NewComplaint, Actor)}, for a channel that cannot ask its sender again
	 * and so kept only the files that pass (email): {@code filesLeftOut} names each file left out and why,
	 * for the receipt ({@link ComplaintRegistered#filesLeftOut}).
	 */
	public Receipt registerWithReceipt(NewComplaint input, Actor by, List<FieldProblem> filesLeftOut) {
		Instant now = clock.instant();
		Problems problems = new Problems();
		NewComplaint draft = tidy(input, now);
		check(draft, now, problems);
		List<AttachmentPolicy.Accepted> files = policy.check("attachments", draft.attachments(), false, problems);
		problems.throwIfAny();
		Registration registration = new Registration(draft, files, by, now, AccessKey.generate(random),
				filesLeftOut == null ? List.of() : List.copyOf(filesLeftOut));
		if (files.isEmpty()) {
			return commits.write(registration);
		}
		// Files make a write heavy: it goes alone rather than holding up the complaints batched with it.
		return transaction.execute(status -> storeAlone(registration));
	}

	/** A checked complaint and what the complainant is given with it, waiting to be stored. */
	private record Registration(NewComplaint draft, List<AttachmentPolicy.Accepted> files, Actor by, Instant at,
			AccessKey key, List<FieldProblem> filesLeftOut) {
	}

	/**
	 * Stores complaints registered together: one batched statement each for the complaints, their
	 * timelines and their audit lines, each under a tracking code drawn now and taken to be free; when one
	 * is not, the unique key fails the batch and each is stored again {@link #storeAlone alone}.
	 */
	private List<Receipt> storeAll(List<Registration> registrations) {
		return store(registrations, registrations.stream().map(r -> TrackingCode.generate(random)).toList());
	}

	/** Stores one complaint by itself, under a tracking code drawn until it is free. */
	private Receipt storeAlone(Registration registration) {
		TrackingCode code = TrackingCode.generate(random);
		while (complaints.trackingCodeTaken(code)) {
			code = TrackingCode.generate(random);
		}
		return store(List.of(registration), List.of(code)).get(0);
	}

	private List<Receipt> store(List<Registration> registrations, List<TrackingCode> codes) {
		List<Complaints.Addition> additions = new ArrayList<>();
		List<Complaint> built = new ArrayList<>();
		for (int i = 0; i < registrations.size(); i++) {
			Registration r = registrations.get(i);
			Complaint complaint = Complaint.register(r.draft(), codes.get(i), r.key(), r.by(), r.at());
			complaint.leftOut(r.filesLeftOut());
			planning.plan(complaint);
			built.add(complaint);
			additions.add(new Complaints.Addition(complaint,
					r.draft().arrival().receivedAt().atZone(catalog.office().zone()).toLocalDate()));
		}
		List<List<Long>> entryIds = complaints.addAll(additions);
		List<AuditTrail.Line> lines = new ArrayList<>();
		List<Receipt> receipts = new ArrayList<>();
		for (int i = 0; i < registrations.size(); i++) {
			Registration r = registrations.get(i);
			Complaint complaint = built.get(i);
			for (AttachmentPolicy.Accepted file : r.files()) {
				attachments.add(complaint.id(), entryIds.get(i).get(0), Attachment.Purpose.EVIDENCE, file,
						r.by().name(), r.at());
			}
			lines.add(new AuditTrail.Line(r.by().name(), "COMPLAINT_REGISTERED", "complaint",
					String.valueOf(complaint.id()), complaint.trackingCode().value()));
			receipts.add(new Receipt(complaint.id(), complaint.trackingCode(), r.key()));
		}
		audit.recordAll(lines);
		return receipts;
	}

	@Override
	public void start() {
		if (settings.groupCommit()) {
			commits.start();
		}
	}

	@Override
	public void stop() {
		commits.stop();
	}

	@Override
	public boolean isRunning() {
		return commits.isRunning();
	}

	/** Checks a complaint without storing it, e.g. for a form that wants to answer field by field. */
	public void check(NewComplaint input) {
		Instant now = clock.instant();
		Problems problems = new Problems();
		NewComplaint draft = tidy(input, now);
		check(draft, now, problems);
		policy.check("attachments", draft.attachments(), false, problems);
		problems.throwIfAny();
	}

	private void check(NewComplaint draft, Instant now, Problems problems) {
		Arrival arrival = draft.arrival();
		Matter matter = draft.matter();
		Complainant who = draft.complainant();
		Classification classification = draft.classification();
		problems.check(arrival.channelId() != null && active(ReferenceList.CHANNEL, arrival.channelId()),
				"channelId", "complaint.channel.unknown");
		if (arrival.receivedAt().isAfter(now.plus(CLOCK_TOLERANCE))) {
			problems.add("receivedAt", "complaint.receivedAt.future");
		}
		else if (arrival.receivedAt().isBefore(now.minus(Duration.ofDays(366 * 2)))) {
			problems.add("receivedAt", "complaint.receivedAt.tooOld");
		}
		problems.validate(arrival).validate("complainant", who).validate(matter);
		if (!problems.has("complainant.phone")) {
			problems.check(!who.phoneNotices() || who.phone() != null, "complainant.phone",
					"complaint.phoneNotices.noPhone");
		}
		if (!problems.has("description")) {
			problems.check(matter.description().length() >= MIN_DESCRIPTION, "description",
					"complaint.description.short", MIN_DESCRIPTION);
		}
		LocalDate receivedOn = arrival.receivedAt().atZone(catalog.office().zone()).toLocalDate();
		if (matter.incidentDate() != null) {
			problems.check(!matter.incidentDate().isAfter(receivedOn), "incidentDate", "complaint.incidentDate.future");
			problems.check(!matter.incidentDate().isBefore(receivedOn.minusYears(10)), "incidentDate",
					"complaint.incidentDate.tooOld");
		}
		problems.check(classification.reportTypeId() == null
				|| active(ReferenceList.REPORT_TYPE, classification.reportTypeId()), "reportTypeId",
				"complaint.reportType.unknown");
		problems.check(classification.formId() == null || active(ReferenceList.FORM, classification.formId()),
				"formId", "complaint.form.unknown");
		problems.check(classification.categoryId() == null
				|| active(ReferenceList.CATEGORY, classification.categoryId()), "categoryId",
				"complaint.category.unknown");
		problems.check(classification.serviceId() == null
				|| catalog.service(classification.serviceId()).filter(service -> service.active()).isPresent(),
				"serviceId", "complaint.service.unknown");
	}

	private boolean active(ReferenceList list, long id) {
		return catalog.item(list, id).filter(ReferenceItem::active).isPresent();
	}

	/** Trims texts, turns empty ones into nothing, and fills an empty received time with now. */
	private static NewComplaint tidy(NewComplaint in, Instant now) {
		Arrival arrival = in.arrival();
		Matter matter = in.matter();
		Complainant who = in.complainant();
		String phone = Problems.blankToNull(who.phone());
		Complainant complainant = new Complainant(Problems.blankToNull(who.name()),
				phone == null ? null : PhoneNumber.Check.normalized(phone), Problems.blankToNull(who.email()),
				Problems.blankToNull(who.address()), who.phoneNotices());
		return new NewComplaint(
				new Arrival(arrival.channelId(), arrival.receivedAt() == null ? now : arrival.receivedAt(),
						Problems.blankToNull(arrival.reference())),
				new Matter(Problems.blankToNull(matter.title()), Problems.blankToNull(matter.description()),
						matter.incidentDate(), Problems.blankToNull(matter.incidentPlace())),
				complainant, in.anonymous(), in.confidential(), in.classification(), in.attachments());
	}
}
