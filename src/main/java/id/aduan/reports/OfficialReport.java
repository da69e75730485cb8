package id.aduan.reports;

import java.time.LocalDate;
import java.util.List;

import id.aduan.catalog.OfficeProfile;
import id.aduan.documents.Signatory;
import id.aduan.language.IndonesianDates;

/**
 * The "Laporan Pengelolaan Pengaduan" of a period as a structure, written once and then put into HTML,
 * PDF and DOCX, so that every format says exactly the same. Its figures are those of
 * {@link ComplaintStatistics} for the period.
 */
public record OfficialReport(OfficeProfile office, ReportPeriod period, LocalDate signedOn, String title,
		List<Section> sections, List<String> footnotes, String closing, Figures figures) {

	/** A numbered section ("4.1") with its heading and its content. */
	public record Section(String number, String heading, List<Block> blocks) {
	}

	/** A piece of a section's content; {@link #kind()} tells templates which. */
	public sealed interface Block permits Paragraph, Items, Chart {

		String kind();
	}

	/** A paragraph of text. */
	public record Paragraph(String text) implements Block {

		@Override
		public String kind() {
			return "paragraph";
		}
	}

	/** A list, numbered (1., 2., …) or lettered (a), b), …). */
	public record Items(List<String> items, boolean lettered) implements Block {

		@Override
		public String kind() {
			return "items";
		}
	}

	/** A pie chart "Persentase Pengaduan Berdasarkan …" of one breakdown. */
	public record Chart(String title, Breakdown breakdown) implements Block {

		@Override
		public String kind() {
			return "chart";
		}
	}

	/** The head's NIP as printed under the signature, "19650703 198803 1 017"; null without one. */
	public String headNip() {
		return new Signatory(office.headTitle(), office.headName(), office.headNip()).formattedNip();
	}

	/** "30 Juni 2023". */
	public String signedOnText() {
		return IndonesianDates.formal(signedOn);
	}
}
