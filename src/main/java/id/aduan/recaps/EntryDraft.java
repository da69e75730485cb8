package id.aduan.recaps;

import java.util.List;

import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceList;
import id.aduan.complaints.ComplaintStatus;
import id.aduan.system.MaxLength;
import id.aduan.system.PlainText;
import id.aduan.system.Problems;

/**
 * A line of complaints received outside Aduan as the unit gives it, before it is checked. Only the
 * channel, the status and how many are required.
 */
public record EntryDraft(Long channelId, Long categoryId, Long formId, Long serviceId, String status,
		Integer responseDays, Integer complaints, @MaxLength(500) @PlainText String note) {

	/** The statuses a complaint handled outside Aduan can be recorded with. */
	public static final List<ComplaintStatus> STATUSES = List.of(ComplaintStatus.IN_FOLLOW_UP,
			ComplaintStatus.ANSWERED, ComplaintStatus.CLOSED);

	/** The most complaints one line may hold: more is a typing mistake. */
	static final int MAX_COMPLAINTS = 100_000;

	/** Adds what is wrong with this line to {@code problems}, field by field. */
	void check(Catalog catalog, Problems problems) {
		problems.check(channelId != null, "channelId", "recap.entry.channel.required");
		if (channelId != null) {
			problems.check(catalog.item(ReferenceList.CHANNEL, channelId).isPresent(), "channelId",
					"recap.entry.channel.unknown");
		}
		if (categoryId != null) {
			problems.check(catalog.item(ReferenceList.CATEGORY, categoryId).isPresent(), "categoryId",
					"recap.entry.category.unknown");
		}
		if (formId != null) {
			problems.check(catalog.item(ReferenceList.FORM, formId).isPresent(), "formId", "recap.entry.form.unknown");
		}
		if (serviceId != null) {
			problems.check(catalog.service(serviceId).isPresent(), "serviceId", "recap.entry.service.unknown");
		}
		problems.check(status != null && STATUSES.stream().anyMatch(s -> s.name().equals(status)), "status",
				"recap.entry.status.required");
		problems.check(responseDays == null || responseDays >= 0 && responseDays <= 366, "responseDays",
				"recap.entry.responseDays.range");
		problems.check(complaints != null && complaints >= 1 && complaints <= MAX_COMPLAINTS, "complaints",
				"recap.entry.complaints.range", MAX_COMPLAINTS);
		problems.validate(this);
	}
}
