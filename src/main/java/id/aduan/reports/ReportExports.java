package id.aduan.reports;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import id.aduan.accounts.Actor;
import id.aduan.coaching.DocumentationPhotos;

/**
 * The report of a period as a file, for the page and for the command line alike: the same writing,
 * the same figures. Files are named after the office and the period.
 */
@Component
public class ReportExports {

	/** A report file ready to be sent or saved. */
	public record Export(String fileName, String contentType, byte[] content) {
	}

	private final ReportWriting writing;

	private final ReportWorkbook workbook;

	private final ReportDocuments documents;

	private final DocumentationPhotos photos;

	ReportExports(ReportWriting writing, ReportWorkbook workbook, ReportDocuments documents,
			DocumentationPhotos photos) {
		this.writing = writing;
		this.workbook = workbook;
		this.documents = documents;
		this.photos = photos;
	}

	/**
	 * The report of a period in a format. The appendix holds the documentation photos chosen from the
	 * period's sessions that the reader may see.
	 */
	public Export export(ReportPeriod period, LocalDate signedOn, ReportFormat format, Actor reader) {
		OfficialReport report = writing.write(period, signedOn);
		byte[] content = switch (format) {
			case PDF -> documents.pdf(report, photos.chosenFor(period.from(), period.to(), reader));
			case DOCX -> documents.docx(report, photos.chosenFor(period.from(), period.to(), reader));
			case XLSX -> workbook.write(report);
		};
		return new Export(fileName(report, format), format.contentType(), content);
	}

	/** "Laporan_Pengaduan_Dinas_Sosial_Kabupaten_Buru_Selatan_2023-01-01_2023-06-30.xlsx". */
	static String fileName(OfficialReport report, ReportFormat format) {
		String office = report.office().fullName().replaceAll("[^\\p{L}\\p{N}]+", "_").replaceAll("^_|_$", "");
		return "Laporan_Pengaduan_" + office + "_" + report.period().fileLabel() + "." + format.extension();
	}
}
