package id.aduan.reports;

import java.time.LocalDate;
import java.util.List;

import id.aduan.catalog.OfficeProfile;
import id.aduan.documents.Signatory;
import id.aduan.language.IndonesianDates;

/**
 * The "Laporan Pengelolaan Pengaduan" of a period as a structure, written once and then put into HTML,
 * PDF and DOCX, so that every format says exactly the same. Its figures are those of
 * {@link ComplaintStatistics} for the period, counted on {@code asOf} (the day it was made, never before it
 * is signed); a period still running on that day is reported as it stands then.
 */
public record OfficialReport(OfficeProfile office, ReportPeriod period, LocalDate signedOn, LocalDate asOf, String title,
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

	/**
	 * A list, numbered (1., 2., …) or lettered (a), b), …). A breakdown's list closes with its total line
	 * ("Jumlah: 330 (…) pengaduan atau 100,0%.") and, when the shares shown add up to 99,9% or 100,1%, a
	 * short note that the difference comes from rounding; both are null for other lists.
	 */
	public record Items(List<String> items, boolean lettered, String total, String roundingNote) implements Block {

		public Items(List<String> items, boolean lettered) {
			this(items, lettered, null, null);
		}

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

	/**
	 * "PERIODE JANUARI SAMPAI DENGAN JUNI 2023"; for a period still running, "… (KEADAAN HINGGA 6 DESEMBER
	 * 2026)".
	 */
	public String periodLine() {
		String line = "PERIODE " + period.label().toUpperCase(ReportWriting.INDONESIAN);
		return asOf.isBefore(period.to())
				? line + " (KEADAAN HINGGA " + IndonesianDates.formal(asOf).toUpperCase(ReportWriting.INDONESIAN) + ")"
				: line;
	}

	/** Place and date as tata naskah dinas writes them above a laporan's signature: "Namrole, 5 Juli 2023". */
	public String placeAndDate() {
		return office.city() + ", " + signedOnText();
	}

	/** "30 Juni 2023". */
	public String signedOnText() {
		return IndonesianDates.formal(signedOn);
	}
}
