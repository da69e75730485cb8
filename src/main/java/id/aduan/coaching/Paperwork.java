package id.aduan.coaching;

import java.util.List;

import id.aduan.documents.Letterhead;
import id.aduan.documents.Signatory;

/**
 * The wording of a session's two documents, worked out once and laid out twice (PDF and DOCX) so that
 * both always say the same.
 */
final class Paperwork {

	private Paperwork() {
	}

	/** The Berita Acara: everything in the order it is printed. */
	record Minutes(Letterhead letterhead, String title, String subtitle, String numberLine, String opening,
			String purpose, String servicesIntro, List<String> services, String integratedIntro,
			List<String> integrated, String outcome, String closing, String representativesHeading,
			List<String> columns, List<List<String>> representatives, Signatory head, String headNipLine) {
	}

	/** The Daftar Hadir: title, number, what and when, the table of participants, the head's signature. */
	record AttendanceSheet(Letterhead letterhead, String title, String numberLine, List<String> subtitles,
			List<String[]> details, List<String> columns, List<List<String>> participants, String placeAndDate,
			Signatory head, String headNipLine) {
	}
}
