package id.aduan.complaints;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import id.aduan.accounts.Actor;
import id.aduan.audit.AuditTrail;
import id.aduan.catalog.Catalog;

/**
 * Brings complaints from before Aduan into the register with their whole handling (module
 * {@code history} reads and checks the office's file). Each becomes a complaint like any other: its
 * timeline carries the dates of the office's records, its deadlines and response times are derived
 * from them on the working calendar of those dates, and the reports count it. It is announced to
 * nobody: its complainant was answered long ago. An answered complaint whose time to dispute ran out
 * before the import is closed as Aduan would have closed it, on that day, rather than by the next
 * round of automatic closing, which would write to its complainant.
 * <p>
 * Runs in the caller's transaction, so that a whole file is stored or nothing.
 */
@Component
public class ComplaintHistory {

	/**
	 * One complaint of the office's records: as it arrived ({@code complaint}, with its received time)
	 * and the dates of the steps it went through, each optional but in this order. A routing names the
	 * unit; an answer has its text. The complainant's verdict on the answer (a score of 1 to 5 and
	 * whether the matter was solved), when the office recorded one, counts as the latest verdict.
	 */
	public record PastComplaint(String reference, NewComplaint complaint, Instant verifiedAt, Long unitId,
			String unitName, Instant routedAt, Instant answeredAt, String answer, Instant closedAt,
			Integer ratingScore, Boolean ratingSolved) {

		/** Without a verdict. */
		public PastComplaint(String reference, NewComplaint complaint, Instant verifiedAt, Long unitId, String unitName,
				Instant routedAt, Instant answeredAt, String answer, Instant closedAt) {
			this(reference, complaint, verifiedAt, unitId, unitName, routedAt, answeredAt, answer, closedAt, null, null);
		}
	}

	private final Complaints complaints;

	private final DeadlinePlanning planning;

	private final Catalog catalog;

	private final AuditTrail audit;

	private final Ratings ratings;

	private final SecureRandom random = new SecureRandom();

	ComplaintHistory(Complaints complaints, DeadlinePlanning planning, Catalog catalog, AuditTrail audit,
			Ratings ratings) {
		this.complaints = complaints;
		this.ratings = ratings;
		this.planning = planning;
		this.catalog = catalog;
		this.audit = audit;
	}

	/** Those of {@code references} already imported: a file imported twice adds nothing the second time. */
	public Set<String> alreadyImported(Collection<String> references) {
		return complaints.importedReferences(references);
	}

	/** Whether the register holds no complaint at all: a demo office may only fill an empty one. */
	public boolean registerIsEmpty() {
		return complaints.none();
	}

	/** Stores every complaint, in the caller's transaction; the tracking codes they got, in order. */
	public List<TrackingCode> importAll(List<PastComplaint> past, Actor importer, Instant importedAt) {
		List<Complaints.Addition> additions = new ArrayList<>();
		List<Complaint> built = new ArrayList<>();
		for (PastComplaint row : past) {
			Complaint complaint = replay(row, importer, importedAt);
			built.add(complaint);
			additions.add(new Complaints.Addition(complaint,
					complaint.receivedAt().atZone(catalog.office().zone()).toLocalDate(), row.reference()));
		}
		complaints.addAll(additions);
		for (int i = 0; i < built.size(); i++) {
			PastComplaint row = past.get(i);
			Complaint complaint = built.get(i);
			if (row.ratingScore() != null && complaint.answeredAt() != null) {
				Instant ratedAt = complaint.closedAt() != null ? complaint.closedAt() : complaint.answeredAt();
				ratings.add(complaint.ratedInHistory(row.ratingScore(), Boolean.TRUE.equals(row.ratingSolved()),
						importer, ratedAt));
				complaints.save(complaint);
			}
		}
		List<AuditTrail.Line> lines = new ArrayList<>();
		List<TrackingCode> codes = new ArrayList<>();
		for (int i = 0; i < built.size(); i++) {
			Complaint complaint = built.get(i);
			lines.add(new AuditTrail.Line(importer.name(), "COMPLAINT_IMPORTED", "complaint",
					String.valueOf(complaint.id()), complaint.trackingCode().value() + " " + past.get(i).reference()));
			codes.add(complaint.trackingCode());
		}
		audit.recordAll(lines);
		return codes;
	}

	private Complaint replay(PastComplaint row, Actor importer, Instant importedAt) {
		TrackingCode code = TrackingCode.generate(random);
		while (complaints.trackingCodeTaken(code)) {
			code = TrackingCode.generate(random);
		}
		Complaint complaint = Complaint.fromHistory(row.complaint(), code, importer, importedAt);
		if (row.verifiedAt() != null) {
			complaint.verifiedInHistory(row.complaint().classification(), importer, row.verifiedAt());
		}
		if (row.routedAt() != null) {
			complaint.routedInHistory(row.unitId(), row.unitName(), importer, row.routedAt());
		}
		if (row.answeredAt() != null) {
			complaint.answeredInHistory(row.answer(), importer, row.answeredAt());
		}
		if (row.closedAt() != null) {
			complaint.closedInHistory(importer, row.closedAt());
		}
		planning.plan(complaint);
		LocalDate today = importedAt.atZone(catalog.office().zone()).toLocalDate();
		LocalDate autoClose = complaint.schedule().autoCloseDue();
		if (complaint.status() == ComplaintStatus.ANSWERED && autoClose != null && autoClose.isBefore(today)) {
			// Aduan would have closed it on that day; closing it now would tell its complainant, years late.
			complaint.autoClosedInHistory(importer, autoClose.atTime(LocalTime.of(23, 59))
				.atZone(catalog.office().zone())
				.toInstant());
			planning.plan(complaint);
		}
		complaint.importedBy(importer, importedAt, row.reference());
		return complaint;
	}
}
