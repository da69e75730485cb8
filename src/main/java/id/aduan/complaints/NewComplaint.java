package id.aduan.complaints;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A complaint as it comes in from any channel, before it is checked. {@code receivedAt} may be left
 * empty for "now"; the classification ids may be left empty for the coordinator to set.
 */
public record NewComplaint(Long channelId, Instant receivedAt, String channelReference, Complainant complainant,
		boolean anonymous, boolean confidential, String title, String description, LocalDate incidentDate,
		String incidentPlace, Long reportTypeId, Long formId, Long categoryId, Long serviceId,
		List<AttachmentUpload> attachments) {

	public NewComplaint {
		complainant = complainant == null ? Complainant.UNKNOWN : complainant;
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
	}

	public Classification classification() {
		return new Classification(reportTypeId, formId, categoryId, serviceId);
	}
}
