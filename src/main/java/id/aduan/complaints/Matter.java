package id.aduan.complaints;

import java.time.LocalDate;

/**
 * What a complaint is about, in the complainant's words (pokok pengaduan): a title, the description,
 * and when and where it happened, if they said.
 */
public record Matter(String title, String description, LocalDate incidentDate, String incidentPlace) {

	/** A matter told without a date or place. */
	public static Matter of(String title, String description) {
		return new Matter(title, description, null, null);
	}
}
