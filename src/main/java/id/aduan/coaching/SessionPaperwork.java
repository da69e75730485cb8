package id.aduan.coaching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.accounts.Actor;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.PublicService;
import id.aduan.documents.DocumentFile;
import id.aduan.documents.DocxDocument;
import id.aduan.documents.DocxDocument.Align;
import id.aduan.documents.DocxDocument.Column;
import id.aduan.documents.OfficialDocuments;
import id.aduan.documents.PdfDocuments;
import id.aduan.documents.Signatory;
import id.aduan.language.IndonesianDates;

/**
 * A session's official paperwork, as PDF (to print and sign) and DOCX (to edit): the Berita Acara and
 * the Daftar Hadir. The day and date are always written from the session's date
 * ({@link IndonesianDates#inWords}), never typed, so that "Selasa" and "enam bulan Juni" cannot
 * disagree with the calendar. Before the number is taken the documents say so in the number's place.
 */
@Component
public class SessionPaperwork {

	private final SessionQueries queries;

	private final Attendees attendees;

	private final OfficialDocuments official;

	private final PdfDocuments pdf;

	private final Catalog catalog;

	SessionPaperwork(SessionQueries queries, Attendees attendees, OfficialDocuments official, PdfDocuments pdf,
			Catalog catalog) {
		this.queries = queries;
		this.attendees = attendees;
		this.official = official;
		this.pdf = pdf;
		this.catalog = catalog;
	}

	@Transactional(readOnly = true)
	public DocumentFile minutesPdf(long sessionId, Actor actor) {
		CoachingSession session = queries.session(sessionId, actor);
		return DocumentFile.pdf(fileName("coaching.document.fileName.minutes", session),
				pdf.render("coaching/documents/minutes", Map.of("m", minutes(session))));
	}

	@Transactional(readOnly = true)
	public DocumentFile minutesDocx(long sessionId, Actor actor) {
		CoachingSession session = queries.session(sessionId, actor);
		Paperwork.Minutes m = minutes(session);
		DocxDocument docx = DocxDocument.a4().letterhead(m.letterhead()).title(m.title()).centered(m.subtitle(), true)
			.centered(m.numberLine(), false)
			.space()
			.paragraph(m.opening());
		if (m.purpose() != null) {
			docx.paragraph(m.purpose());
		}
		if (!m.services().isEmpty()) {
			docx.paragraph(m.servicesIntro()).numbered(m.services());
		}
		if (!m.integrated().isEmpty()) {
			docx.paragraph(m.integratedIntro()).numbered(m.integrated());
		}
		if (m.outcome() != null) {
			docx.paragraph(m.outcome());
		}
		if (!m.representatives().isEmpty()) {
			docx.centered(m.representativesHeading(), true)
				.table(List.of(new Column(m.columns().get(0), 8, Align.CENTER), new Column(m.columns().get(1), 32, Align.LEFT),
						new Column(m.columns().get(2), 34, Align.LEFT), new Column(m.columns().get(3), 26, Align.ALTERNATE)),
						m.representatives(), true);
		}
		docx.closing(m.closing()).signature(null, m.head(), m.headNipLine());
		return DocumentFile.docx(fileName("coaching.document.fileName.minutes", session), docx.toBytes());
	}

	@Transactional(readOnly = true)
	public DocumentFile attendancePdf(long sessionId, Actor actor) {
		CoachingSession session = queries.session(sessionId, actor);
		return DocumentFile.pdf(fileName("coaching.document.fileName.attendance", session),
				pdf.render("coaching/documents/attendance", Map.of("a", attendanceSheet(session))));
	}

	@Transactional(readOnly = true)
	public DocumentFile attendanceDocx(long sessionId, Actor actor) {
		CoachingSession session = queries.session(sessionId, actor);
		Paperwork.AttendanceSheet a = attendanceSheet(session);
		DocxDocument docx = DocxDocument.a4().letterhead(a.letterhead()).title(a.title()).centered(a.numberLine(), false)
			.space();
		a.subtitles().forEach(subtitle -> docx.centered(subtitle, true));
		docx.space()
			.details(a.details())
			.table(List.of(new Column(a.columns().get(0), 7, Align.CENTER), new Column(a.columns().get(1), 32, Align.LEFT),
					new Column(a.columns().get(2), 36, Align.LEFT), new Column(a.columns().get(3), 25, Align.ALTERNATE)),
					a.participants(), true)
			.signature(a.placeAndDate(), a.head(), a.headNipLine());
		return DocumentFile.docx(fileName("coaching.document.fileName.attendance", session), docx.toBytes());
	}

	Paperwork.Minutes minutes(CoachingSession session) {
		List<String> columns = List.of(text("coaching.document.column.no"), text("coaching.document.column.name"),
				text("coaching.document.column.capacity"), text("coaching.document.column.signature"));
		List<List<String>> representatives = new ArrayList<>();
		List<Attendee> people = attendees.of(session.id(), AttendeeKind.REPRESENTATIVE);
		for (int i = 0; i < people.size(); i++) {
			Attendee person = people.get(i);
			representatives.add(List.of((i + 1) + ".", withoutNumbering(person.name()),
					withoutNumbering(person.capacityAndInstitution()), (i + 1) + "."));
		}
		Signatory head = official.headOfOffice();
		return new Paperwork.Minutes(official.letterhead(), text("coaching.document.minutes.title"),
				session.topic().toUpperCase(OfficialDocuments.LANGUAGE), numberLine(session), opening(session),
				purposeSentence(session.purpose()), text("coaching.document.services"),
				session.services().stream().map(PublicService::name).toList(), text("coaching.document.integrated"),
				session.integratedServices().stream().map(SessionPaperwork::withoutNumbering).toList(), session.outcome(), text("coaching.document.closing"),
				text("coaching.document.representatives"), columns, representatives, head, official.nipLine(head));
	}

	Paperwork.AttendanceSheet attendanceSheet(CoachingSession session) {
		List<String> columns = List.of(text("coaching.document.column.no"), text("coaching.document.column.name"),
				text("coaching.document.column.institution"), text("coaching.document.column.signature"));
		List<List<String>> rows = new ArrayList<>();
		List<Attendee> people = attendees.of(session.id(), AttendeeKind.PARTICIPANT);
		for (int i = 0; i < people.size(); i++) {
			Attendee person = people.get(i);
			rows.add(List.of((i + 1) + ".", withoutNumbering(person.name()),
					withoutNumbering(person.capacityAndInstitution()), (i + 1) + "."));
		}
		List<String[]> details = new ArrayList<>();
		details.add(new String[] { text("coaching.document.details.date"),
				IndonesianDates.formalWithDay(session.date()) });
		String time = time(session);
		if (time != null) {
			details.add(new String[] { text("coaching.document.details.time"), time });
		}
		details.add(new String[] { text("coaching.document.details.place"), session.place() });
		Signatory head = official.headOfOffice();
		return new Paperwork.AttendanceSheet(official.letterhead(), text("coaching.document.attendance.title"),
				numberLine(session),
				List.of(session.topic().toUpperCase(OfficialDocuments.LANGUAGE),
						catalog.office().fullName().toUpperCase(OfficialDocuments.LANGUAGE)),
				details, columns, rows, official.placeAndDate(session.date()), head, official.nipLine(head));
	}

	/**
	 * A name or line pasted from a numbered list keeps its number ("1. LA JURUSA"); the document numbers
	 * its rows itself, so a pasted number would be printed twice ("1. | 1. LA JURUSA").
	 */
	static String withoutNumbering(String text) {
		return text == null ? null : text.replaceFirst("^\\s*\\d{1,3}\\s*[.)]\\s*", "").strip();
	}

	/**
	 * The session's purpose as the Berita Acara prints it: a sentence. What the secretary typed as a
	 * sentence (ending with a full stop) stays as it is; a fragment ("Meningkatkan kualitas pelayanan") or
	 * a pasted numbered list of them becomes "Kegiatan ini bertujuan untuk meningkatkan kualitas
	 * pelayanan; … dan …."; pasted numbers are dropped. Null without a purpose.
	 */
	static String purposeSentence(String purpose) {
		if (purpose == null || purpose.isBlank()) {
			return null;
		}
		List<String> parts = new ArrayList<>();
		for (String line : purpose.split("\\R")) {
			String part = withoutNumbering(line).replaceAll("\\s+", " ").replaceAll("[;,]$", "").strip();
			if (!part.isEmpty()) {
				parts.add(part);
			}
		}
		if (parts.size() == 1 && parts.get(0).matches("(?s).*[.!?]$")) {
			return parts.get(0);
		}
		StringBuilder sentence = new StringBuilder();
		for (int i = 0; i < parts.size(); i++) {
			String part = parts.get(i).replaceAll("[.]$", "");
			boolean acronym = part.length() > 1 && Character.isUpperCase(part.charAt(1));
			if (!acronym) {
				part = Character.toLowerCase(part.charAt(0)) + part.substring(1);
			}
			if (i > 0) {
				sentence.append(i == parts.size() - 1 ? (parts.size() > 2 ? "; dan " : " dan ") : "; ");
			}
			sentence.append(part);
		}
		String text = sentence.toString();
		return text.matches("^(untuk|agar|supaya) .*") ? "Kegiatan ini bertujuan " + text + "."
				: "Kegiatan ini bertujuan untuk " + text + ".";
	}

	/** "Pada hari ini Selasa, tanggal enam bulan Juni tahun dua ribu dua puluh tiga, pukul …, bertempat di …". */
	private String opening(CoachingSession session) {
		String day = IndonesianDates.inWords(session.date());
		String time = time(session);
		return time == null ? text("coaching.document.opening", day, session.place(), session.topic())
				: text("coaching.document.openingWithTime", day, time, session.place(), session.topic());
	}

	/** "09.00 sampai dengan 12.00 WIT", "09.00 WIT sampai dengan selesai", or null when no time was recorded. */
	private String time(CoachingSession session) {
		if (session.startTime() == null) {
			return null;
		}
		String zone = text("coaching.zone." + catalog.office().timeZone());
		String start = session.startTime().replace(':', '.');
		return session.endTime() == null ? text("coaching.document.time.open", start, zone)
				: text("coaching.document.time.range", start, session.endTime().replace(':', '.'), zone);
	}

	private String numberLine(CoachingSession session) {
		return session.isNumbered() ? text("coaching.document.number", session.letterNumber())
				: text("coaching.document.unnumbered");
	}

	/** "Berita-Acara-460-148-VI-2023", or with the session's id while it has no number. */
	private String fileName(String key, CoachingSession session) {
		String suffix = session.isNumbered() ? session.letterNumber().replaceAll("[^0-9A-Za-z]+", "-")
				: text("coaching.document.fileName.draft", String.valueOf(session.id()));
		return text(key) + "-" + suffix;
	}

	private String text(String key, Object... arguments) {
		return official.text(key, arguments);
	}
}
