package id.aduan.complaints;

import java.util.List;
import java.util.Objects;

/**
 * A complaint as it comes in from any channel, before it is checked: how it arrived, what it is about,
 * who complained and whether they asked to stay anonymous or keep it confidential, its classification
 * as far as known (the coordinator completes it at verification) and its files. Start with
 * {@link #of(Arrival, Matter)} and add what the channel knows.
 */
public record NewComplaint(Arrival arrival, Matter matter, Complainant complainant, boolean anonymous,
		boolean confidential, Classification classification, List<AttachmentUpload> attachments) {

	public NewComplaint {
		Objects.requireNonNull(arrival, "arrival");
		Objects.requireNonNull(matter, "matter");
		complainant = complainant == null ? Complainant.UNKNOWN : complainant;
		classification = classification == null ? Classification.NONE : classification;
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
	}

	/** A complaint from someone unknown, neither anonymous nor confidential, unclassified, without files. */
	public static NewComplaint of(Arrival arrival, Matter matter) {
		return new NewComplaint(arrival, matter, Complainant.UNKNOWN, false, false, Classification.NONE, List.of());
	}

	/** From {@code who}, who did not ask to stay anonymous nor to keep the complaint confidential. */
	public NewComplaint from(Complainant who) {
		return from(who, false, false);
	}

	/** From {@code who}, with what they chose about who may see them and the complaint. */
	public NewComplaint from(Complainant who, boolean anonymously, boolean confidentially) {
		return new NewComplaint(arrival, matter, who, anonymously, confidentially, classification, attachments);
	}

	public NewComplaint classifiedAs(Classification known) {
		return new NewComplaint(arrival, matter, complainant, anonymous, confidential, known, attachments);
	}

	public NewComplaint attaching(List<AttachmentUpload> files) {
		return new NewComplaint(arrival, matter, complainant, anonymous, confidential, classification, files);
	}
}
