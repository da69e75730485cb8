package id.aduan.conversations;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import id.aduan.complaints.AttachmentPolicy;
import id.aduan.complaints.AttachmentUpload;
import id.aduan.system.FieldProblem;
import id.aduan.system.InvalidInput;
import id.aduan.system.Problems;

/**
 * Files of a message go through the complaint register's own {@link AttachmentPolicy}, so that the
 * thread keeps exactly what a complaint would. A person sending files is told what to fix; a channel
 * that cannot be asked again (an email) keeps what passes and names what did not.
 */
@Component
class FileSift {

	/** What passed, and the names and reasons of what did not. */
	record Sifted(List<AttachmentPolicy.Accepted> kept, List<FieldProblem> refused) {
	}

	private final AttachmentPolicy policy;

	FileSift(AttachmentPolicy policy) {
		this.policy = policy;
	}

	int maxFiles() {
		return policy.maxFiles();
	}

	List<AttachmentPolicy.Accepted> check(List<AttachmentUpload> uploads, Problems problems) {
		return policy.check("attachments", uploads == null ? List.of() : uploads, false, problems);
	}

	/** Keeps whatever passes, one file at a time, up to the number of files a message may carry. */
	Sifted sift(List<AttachmentUpload> uploads) {
		List<AttachmentPolicy.Accepted> kept = new ArrayList<>();
		List<FieldProblem> refused = new ArrayList<>();
		for (AttachmentUpload upload : uploads == null ? List.<AttachmentUpload>of() : uploads) {
			if (upload.content() == null || upload.content().length == 0) {
				continue;
			}
			if (kept.size() >= policy.maxFiles()) {
				refused.add(FieldProblem.of("attachments", "attachment.tooMany", policy.maxFiles()));
				continue;
			}
			Problems problems = new Problems();
			List<AttachmentPolicy.Accepted> one = policy.check("attachments", List.of(upload), false, problems);
			kept.addAll(one);
			if (one.isEmpty()) {
				try {
					problems.throwIfAny();
				}
				catch (InvalidInput invalid) {
					refused.addAll(invalid.problems());
				}
			}
		}
		return new Sifted(kept, refused);
	}
}
