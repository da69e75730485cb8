package id.aduan.complaints;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.aduan.accounts.Actor;
import id.aduan.audit.AuditTrail;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceItem;
import id.aduan.catalog.ReferenceList;
import id.aduan.system.Problems;

/**
 * Puts a complaint into the register, from whichever channel: the citizen's form, the help desk, the
 * API. Checks everything first and reports every problem at once; stores the complaint, its first
 * timeline entry, its files and its audit line in one short transaction, or nothing, and answers only
 * once that transaction is committed. Called inside a transaction (a channel that writes its own rows
 * with the complaint, an Idempotency-Key's claim), it stores the complaint in that transaction.
 * Registrations do not wait for each other: the report's tally takes their changes as appended rows
 * (see {@code reports.ComplaintTally}), and the database groups the commits that arrive together.
 */
@Component
public class ComplaintRegistration {

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

	ComplaintRegistration(Complaints complaints, Attachments attachments, AttachmentPolicy policy, Catalog catalog,
			AuditTrail audit, Clock clock, DeadlinePlanning planning, TransactionTemplate transaction) {
		this.transaction = transaction;
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
		Instant now = clock.instant();
		Problems problems = new Problems();
		NewComplaint draft = tidy(input, now);
		check(draft, now, problems);
		List<AttachmentPolicy.Accepted> files = policy.check("attachments", draft.attachments(), false, problems);
		problems.throwIfAny();
		AccessKey key = AccessKey.generate(random);
		return transaction.execute(status -> store(draft, files, by, now, key));
	}

	/** Stores a checked complaint under a tracking code drawn until it is free. */
	private Receipt store(NewComplaint draft, List<AttachmentPolicy.Accepted> files, Actor by, Instant at,
			AccessKey key) {
		TrackingCode code = TrackingCode.generate(random);
		while (complaints.trackingCodeTaken(code)) {
			code = TrackingCode.generate(random);
		}
		Complaint complaint = Complaint.register(draft, code, key, by, at);
		planning.plan(complaint);
		LocalDate receivedOn = draft.receivedAt().atZone(catalog.office().zone()).toLocalDate();
		long firstEntry = complaints.addAll(List.of(new Complaints.Addition(complaint, receivedOn)))
			.get(0)
			.get(0);
		for (AttachmentPolicy.Accepted file : files) {
			attachments.add(complaint.id(), firstEntry, Attachment.Purpose.EVIDENCE, file, by.name(), at);
		}
		audit.record(by.name(), "COMPLAINT_REGISTERED", "complaint", String.valueOf(complaint.id()), code.value());
		return new Receipt(complaint.id(), code, key);
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
