package id.aduan.complaints;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.aduan.accounts.Actor;
import id.aduan.audit.AuditTrail;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceItem;
import id.aduan.catalog.ReferenceList;
import id.aduan.system.GroupCommit;
import id.aduan.system.Problems;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Puts a complaint into the register, from whichever channel: the citizen's form, the help desk, the
 * API. Checks everything first and reports every problem at once; stores the complaint, its first
 * timeline entry, its files and its audit line in one transaction, or nothing. Complaints that arrive
 * at the same moment share that transaction ({@link RegistrationSettings group commit}): under load a
 * complaint costs the database a fraction of a commit instead of one each, and no request answers
 * before its complaint is committed.
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

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DeadlinePlanning planning;

	private final SecureRandom random = new SecureRandom();

	private final TransactionTemplate transaction;

	private final RegistrationSettings settings;

	private final GroupCommit<Registration, Receipt> commits;

	ComplaintRegistration(Complaints complaints, Attachments attachments, AttachmentPolicy policy, Catalog catalog,
			AuditTrail audit, ApplicationEventPublisher events, Clock clock, DeadlinePlanning planning,
			TransactionTemplate transaction, RegistrationSettings settings, MeterRegistry meters) {
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
		this.events = events;
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
		return registerWithReceipt(input, by, null).orElseThrow();
	}

	/**
	 * What a channel writes in the same transaction as the complaint: before it (claiming an
	 * Idempotency-Key, say, which may find the key taken: then the complaint is not registered) and after
	 * it (the answer kept for a retry). Called in the registering transaction, on whichever thread writes.
	 */
	public interface Companion {

		/** Before the complaint is stored; false when it must not be. */
		boolean before();

		/** After it is stored, with what the complainant is given. */
		void after(Receipt receipt);
	}

	/**
	 * As {@link #registerWithReceipt(NewComplaint, Actor)}, with {@code companion} written in the same
	 * transaction; empty when the companion refused (nothing was registered). Keeps group commit for
	 * requests that carry an Idempotency-Key.
	 */
	public Optional<Receipt> registerWithReceipt(NewComplaint input, Actor by, Companion companion) {
		Instant now = clock.instant();
		Problems problems = new Problems();
		NewComplaint draft = tidy(input, now);
		check(draft, now, problems);
		List<AttachmentPolicy.Accepted> files = policy.check("attachments", draft.attachments(), false, problems);
		problems.throwIfAny();
		Registration registration = new Registration(draft, files, by, now, AccessKey.generate(random),
				build(draft, TrackingCode.generate(random), by, now), companion);
		if (files.isEmpty()) {
			return Optional.ofNullable(commits.write(registration));
		}
		// Files make a write heavy: it goes alone rather than holding up the complaints batched with it.
		return Optional.ofNullable(transaction.execute(status -> storeAlone(registration)));
	}

	/**
	 * A checked complaint, built with a tracking code drawn but not yet known to be free, and what is
	 * written with it (or null).
	 */
	private record Registration(NewComplaint draft, List<AttachmentPolicy.Accepted> files, Actor by, Instant at,
			AccessKey key, Complaint complaint, Companion companion) {
	}

	private Complaint build(NewComplaint draft, TrackingCode code, Actor by, Instant at) {
		Complaint complaint = Complaint.register(draft, code, by, at);
		planning.plan(complaint);
		return complaint;
	}

	/**
	 * Stores complaints registered together: one batched statement each for the complaints, their
	 * timelines and their audit lines. The tracking codes drawn are taken to be free; when one is not, the
	 * unique key fails the batch and each is stored again {@link #storeAlone alone}.
	 */
	private List<Receipt> storeAll(List<Registration> all) {
		List<Registration> registrations = new ArrayList<>();
		for (Registration r : all) {
			if (r.companion() == null || r.companion().before()) {
				registrations.add(r);
			}
		}
		List<Complaints.Addition> additions = new ArrayList<>();
		for (Registration r : registrations) {
			additions.add(new Complaints.Addition(r.complaint(), receivedOn(r.draft()), r.key().hash()));
		}
		List<List<Long>> entryIds = complaints.addAll(additions);
		List<AuditTrail.Line> lines = new ArrayList<>();
		for (int i = 0; i < registrations.size(); i++) {
			Registration r = registrations.get(i);
			for (AttachmentPolicy.Accepted file : r.files()) {
				attachments.add(r.complaint().id(), entryIds.get(i).get(0), Attachment.Purpose.EVIDENCE, file,
						r.by().name(), r.at());
			}
			lines.add(new AuditTrail.Line(r.by().name(), "COMPLAINT_REGISTERED", "complaint",
					String.valueOf(r.complaint().id()), r.complaint().trackingCode().value()));
		}
		audit.recordAll(lines);
		Map<Registration, Receipt> receipts = new IdentityHashMap<>();
		for (Registration r : registrations) {
			events.publishEvent(new ComplaintRegistered(r.complaint().id(), r.complaint().trackingCode().value(),
					r.draft().channelId(), r.key().value(), r.draft().complainant().email() != null));
			Receipt receipt = new Receipt(r.complaint().id(), r.complaint().trackingCode(), r.key());
			if (r.companion() != null) {
				r.companion().after(receipt);
			}
			receipts.put(r, receipt);
		}
		// One result per registration asked for, in order; null where the companion refused.
		List<Receipt> results = new ArrayList<>();
		for (Registration r : all) {
			results.add(receipts.get(r));
		}
		return results;
	}

	/**
	 * Stores one complaint by itself, with a tracking code checked to be free (drawn again, and the
	 * complaint built anew, when the one drawn is taken); null when its companion refused.
	 */
	private Receipt storeAlone(Registration registration) {
		TrackingCode code = TrackingCode.generate(random);
		while (complaints.trackingCodeTaken(code)) {
			code = TrackingCode.generate(random);
		}
		Registration fresh = new Registration(registration.draft(), registration.files(), registration.by(),
				registration.at(), registration.key(),
				build(registration.draft(), code, registration.by(), registration.at()), registration.companion());
		return storeAll(List.of(fresh)).get(0);
	}

	private LocalDate receivedOn(NewComplaint draft) {
		return draft.receivedAt().atZone(catalog.office().zone()).toLocalDate();
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
		problems.check(draft.channelId() != null && active(ReferenceList.CHANNEL, draft.channelId()), "channelId",
				"complaint.channel.unknown");
		if (draft.receivedAt().isAfter(now.plus(CLOCK_TOLERANCE))) {
			problems.add("receivedAt", "complaint.receivedAt.future");
		}
		else if (draft.receivedAt().isBefore(now.minus(Duration.ofDays(366 * 2)))) {
			problems.add("receivedAt", "complaint.receivedAt.tooOld");
		}
		problems.optional("channelReference", draft.channelReference(), 500)
			.optional("complainant.name", draft.complainant().name(), 200)
			.phone("complainant.phone", draft.complainant().phone())
			.email("complainant.email", draft.complainant().email())
			.optional("complainant.address", draft.complainant().address(), 500)
			.required("title", draft.title(), 200)
			.required("description", draft.description(), 10000)
			.optional("incidentPlace", draft.incidentPlace(), 300);
		if (!problems.has("description")) {
			problems.check(draft.description().length() >= MIN_DESCRIPTION, "description", "complaint.description.short",
					MIN_DESCRIPTION);
		}
		LocalDate receivedOn = draft.receivedAt().atZone(catalog.office().zone()).toLocalDate();
		if (draft.incidentDate() != null) {
			problems.check(!draft.incidentDate().isAfter(receivedOn), "incidentDate", "complaint.incidentDate.future");
			problems.check(!draft.incidentDate().isBefore(receivedOn.minusYears(10)), "incidentDate",
					"complaint.incidentDate.tooOld");
		}
		problems.check(draft.reportTypeId() == null || active(ReferenceList.REPORT_TYPE, draft.reportTypeId()),
				"reportTypeId", "complaint.reportType.unknown");
		problems.check(draft.formId() == null || active(ReferenceList.FORM, draft.formId()), "formId",
				"complaint.form.unknown");
		problems.check(draft.categoryId() == null || active(ReferenceList.CATEGORY, draft.categoryId()),
				"categoryId", "complaint.category.unknown");
		problems.check(draft.serviceId() == null
				|| catalog.service(draft.serviceId()).filter(service -> service.active()).isPresent(), "serviceId",
				"complaint.service.unknown");
	}

	private boolean active(ReferenceList list, long id) {
		return catalog.item(list, id).filter(ReferenceItem::active).isPresent();
	}

	/** Trims texts, turns empty ones into nothing, and fills an empty received time with now. */
	private static NewComplaint tidy(NewComplaint in, Instant now) {
		Complainant who = in.complainant();
		String phone = Problems.blankToNull(who.phone());
		Complainant complainant = new Complainant(Problems.blankToNull(who.name()),
				phone == null ? null : Problems.normalizedPhone(phone), Problems.blankToNull(who.email()),
				Problems.blankToNull(who.address()));
		return new NewComplaint(in.channelId(), in.receivedAt() == null ? now : in.receivedAt(),
				Problems.blankToNull(in.channelReference()), complainant, in.anonymous(), in.confidential(),
				Problems.blankToNull(in.title()), Problems.blankToNull(in.description()), in.incidentDate(),
				Problems.blankToNull(in.incidentPlace()), in.reportTypeId(), in.formId(), in.categoryId(),
				in.serviceId(), in.attachments());
	}
}
