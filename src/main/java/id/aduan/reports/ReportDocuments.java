package id.aduan.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import id.aduan.coaching.DocumentationPhotos.Documentation;
import id.aduan.coaching.DocumentationPhotos.Photo;
import id.aduan.documents.DocxDocument;
import id.aduan.documents.OfficialDocuments;
import id.aduan.documents.PdfDocuments;
import id.aduan.documents.Picture;
import id.aduan.documents.Signatory;
import id.aduan.language.IndonesianDates;
import id.aduan.reports.OfficialReport.Block;
import id.aduan.reports.OfficialReport.Chart;
import id.aduan.reports.OfficialReport.Items;
import id.aduan.reports.OfficialReport.Paragraph;
import id.aduan.reports.OfficialReport.Section;

/**
 * The report as the office files and sends it, in PDF (to print and sign) and in DOCX (to edit before
 * signing): a cover, the letterhead, the sections with their charts, the closing paragraph kept on one
 * page with the signature ("Namrole, 5 Juli 2023", as tata naskah dinas writes a laporan), the counting notes, and the appendix of documentation photos chosen from the
 * period's coaching sessions. Both are made of the same {@link OfficialReport}, so they say what the
 * page says, word for word.
 */
@Component
class ReportDocuments {

	private static final Logger log = LoggerFactory.getLogger(ReportDocuments.class);

	/** One picture of the appendix with its caption. */
	record AppendixPhoto(Picture picture, String caption) {
	}

	/** The photos of one session under its heading: "DOKUMENTASI RAPAT PEMBINAAN …". */
	record AppendixSet(String heading, String detail, List<AppendixPhoto> photos) {
	}

	private final PdfDocuments pdf;

	private final OfficialDocuments official;

	private final ReportCharts charts;

	ReportDocuments(PdfDocuments pdf, OfficialDocuments official, ReportCharts charts) {
		this.pdf = pdf;
		this.official = official;
		this.charts = charts;
	}

	byte[] pdf(OfficialReport report, List<Documentation> documentation) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("report", report);
		model.put("charts", pictures(report));
		model.put("head", head(report));
		model.put("appendix", appendix(documentation));
		model.put("coverLines", coverLines(report));
		return pdf.render("reports/official-report", model);
	}

	byte[] docx(OfficialReport report, List<Documentation> documentation) {
		Map<Chart, Picture> pictures = pictures(report);
		DocxDocument docx = DocxDocument.a4();
		docx.space().space().space();
		for (String line : coverLines(report)) {
			docx.centered(line, true);
		}
		docx.pageBreak().letterhead(official.letterhead()).centered(report.title(), true)
			.centered(periodLine(report), true);
		int chartNumber = 0;
		for (Section section : report.sections()) {
			docx.heading(heading(section), section.number().contains(".") ? 2 : 1);
			for (Block block : section.blocks()) {
				if (block instanceof Paragraph paragraph) {
					docx.paragraph(paragraph.text());
				}
				else if (block instanceof Items items) {
					if (items.lettered()) {
						docx.lettered(items.items());
					}
					else {
						docx.numbered(items.items());
					}
					if (items.total() != null) {
						docx.listTotal(items.total());
					}
					if (items.roundingNote() != null) {
						docx.note(items.roundingNote());
					}
				}
				else if (block instanceof Chart chart && pictures.containsKey(chart)) {
					docx.picture(pictures.get(chart), "grafik-" + (++chartNumber) + ".png").caption(chart.title());
				}
			}
		}
		docx.closing(report.closing());
		Signatory head = head(report);
		docx.signature(report.placeAndDate(), head, official.nipLine(head));
		docx.space().note("Catatan:");
		for (int i = 0; i < report.footnotes().size(); i++) {
			docx.note((i + 1) + ". " + report.footnotes().get(i));
		}
		int photoNumber = 0;
		for (AppendixSet set : appendix(documentation)) {
			docx.pageBreak().centered(set.heading(), true).centered(set.detail(), false).space();
			for (AppendixPhoto photo : set.photos()) {
				String extension = "image/png".equals(photo.picture().contentType()) ? ".png" : ".jpg";
				docx.picture(photo.picture(), "dokumentasi-" + (++photoNumber) + extension).caption(photo.caption());
			}
		}
		return docx.toBytes();
	}


	static String heading(Section section) {
		return section.number() + (section.number().contains(".") ? " " : ". ") + section.heading();
	}

	static String periodLine(OfficialReport report) {
		return report.periodLine();
	}

	/** The cover: "LAPORAN PENGELOLAAN PENGADUAN PELAYANAN PUBLIK", the office, the period, the year. */
	private static List<String> coverLines(OfficialReport report) {
		List<String> lines = new ArrayList<>();
		lines.add("LAPORAN");
		lines.add("PENGELOLAAN PENGADUAN PELAYANAN PUBLIK");
		lines.add(report.office().fullName().toUpperCase(ReportWriting.INDONESIAN));
		lines.add(periodLine(report));
		return lines;
	}

	private Signatory head(OfficialReport report) {
		return new Signatory(report.office().headTitle(), report.office().headName(), report.office().headNip(),
				report.office().headRank());
	}

	private Map<Chart, Picture> pictures(OfficialReport report) {
		Map<Chart, Picture> pictures = new LinkedHashMap<>();
		for (Section section : report.sections()) {
			for (Block block : section.blocks()) {
				if (block instanceof Chart chart) {
					charts.picture(chart.breakdown()).ifPresent(picture -> pictures.put(chart, picture));
				}
			}
		}
		return pictures;
	}

	private List<AppendixSet> appendix(List<Documentation> documentation) {
		List<AppendixSet> sets = new ArrayList<>();
		for (Documentation session : documentation) {
			List<AppendixPhoto> photos = new ArrayList<>();
			for (Photo photo : session.photos()) {
				Optional<Picture> picture = Picture.of(photo.content(), photo.contentType());
				if (picture.isEmpty()) {
					log.warn("Documentation photo {} of session {} is not a readable image; left out of the report",
							photo.fileName(), session.sessionId());
					continue;
				}
				String caption = photo.caption() == null || photo.caption().isBlank() ? photo.fileName()
						: photo.caption();
				if (photo.trackingCode() != null) {
					caption += " (pengaduan " + photo.trackingCode() + ")";
				}
				photos.add(new AppendixPhoto(picture.get().within(14, 9.5), caption));
			}
			if (!photos.isEmpty()) {
				String detail = official.text("coaching.kind." + session.kind().name()) + ", " + session.place() + ", "
						+ IndonesianDates.formal(session.date())
						+ (session.letterNumber() == null ? "" : ", Berita Acara Nomor " + session.letterNumber());
				sets.add(new AppendixSet("DOKUMENTASI " + session.topic().toUpperCase(ReportWriting.INDONESIAN), detail,
						photos));
			}
		}
		return sets;
	}
}
