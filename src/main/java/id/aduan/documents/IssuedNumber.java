package id.aduan.documents;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the register of letter numbers: which number, for which document (kind, subject and a
 * short description), dated when, issued when and by whom.
 */
public record IssuedNumber(long id, LetterNumber number, String kindCode, LocalDate letterDate, String subjectType,
		String subjectId, String about, Instant issuedAt, String issuedBy) {

	public String formatted() {
		return number.toString();
	}
}
