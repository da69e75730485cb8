package id.aduan.complaints;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.accounts.Actor;
import id.aduan.audit.AuditTrail;
import id.aduan.system.FieldProblem;
import id.aduan.system.InvalidInput;
import id.aduan.system.NotFound;
import id.aduan.system.Problems;

/**
 * Evidence the complainant sends after the complaint is registered, by a channel that cannot be asked
 * again (a photo on WhatsApp): kept with the complaint's other evidence, so that staff find it where
 * they find the files sent with the complaint, checked by the same {@link AttachmentPolicy}, and in its
 * history (who sent which file, when). A file that fails the policy is not kept; the problems say why,
 * for the channel to tell the staff.
 */
@Component
public class LaterEvidence {

	private final Complaints complaints;

	private final Attachments attachments;

	private final AttachmentPolicy policy;

	private final AuditTrail audit;

	private final Clock clock;

	LaterEvidence(Complaints complaints, Attachments attachments, AttachmentPolicy policy, AuditTrail audit,
			Clock clock) {
		this.complaints = complaints;
		this.attachments = attachments;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Keeps {@code file} as evidence of the complaint when it passes the attachment policy; returns why
	 * it was not kept, or nothing when it was.
	 *
	 * @throws NotFound when there is no such complaint
	 */
	@Transactional
	public List<FieldProblem> attach(long complaintId, AttachmentUpload file, Actor by) {
		Complaint complaint = complaints.byId(complaintId).orElseThrow(() -> new NotFound("complaint.notFound"));
		Problems problems = new Problems();
		List<AttachmentPolicy.Accepted> accepted = policy.check("attachments", List.of(file), false, problems);
		try {
			problems.throwIfAny();
		}
		catch (InvalidInput refused) {
			return refused.problems();
		}
		for (AttachmentPolicy.Accepted kept : accepted) {
			attachments.add(complaintId, null, Attachment.Purpose.EVIDENCE, kept, by.name(), clock.instant());
			complaint.recordEvidence(kept.fileName(), by, clock.instant());
			audit.record(by.name(), "EVIDENCE_ADDED", "complaint", String.valueOf(complaintId), kept.fileName());
		}
		complaints.save(complaint);
		return List.of();
	}
}
