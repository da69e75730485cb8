package id.aduan.complaints;

import java.time.LocalDate;

import id.aduan.system.MaxLength;
import id.aduan.system.PlainText;
import id.aduan.system.Required;

/**
 * What a complaint is about, in the complainant's words (pokok pengaduan): a title, the description,
 * and when and where it happened, if they said.
 */
public record Matter(@Required @MaxLength(200) @PlainText String title,
		@Required @MaxLength(10000) @PlainText String description, LocalDate incidentDate,
		@MaxLength(300) @PlainText String incidentPlace) {

	/** A matter told without a date or place. */
	public static Matter of(String title, String description) {
		return new Matter(title, description, null, null);
	}
}
