package id.aduan.reportaudit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * A report that otherwise adds up, saved as DOCX, whose overview paragraph was copied from another
 * agency's report and never rewritten ("Dinas Pendidikan Kota Contoh telah menerima …" in the report
 * of the Dinas Kesehatan), as the seed's "LAN telah menerima sebanyak 1627" was. The whole audit finds
 * that paragraph, and nothing else.
 */
class CopiedReportAuditTest {

	@Test
	void theParagraphCopiedFromAnotherAgencyIsTheOnlyFinding() throws IOException {
		String copied = "Pada periode Januari sampai dengan Juni 2024, Dinas Pendidikan Kota Contoh telah menerima "
				+ "sebanyak 1.250 (seribu dua ratus lima puluh) pengaduan masyarakat.";
		List<String> lines = new java.util.ArrayList<>(List.of(new String(Fixtures.bytes(Fixtures.CLEAN),
				java.nio.charset.StandardCharsets.UTF_8).split("\\R")));
		lines.add(7, copied);
		ReportText text = new ReportReading(ReportReading.DEFAULT_MAX_BYTES).read(docx(lines));

		List<Finding> findings = ReportAudit.standard().audit(text);

		assertThat(findings).extracting(Finding::rule, Finding::found)
			.containsExactly(tuple(Rule.FOREIGN_INSTITUTION, "Dinas Pendidikan Kota Contoh"));
		assertThat(text.line(findings.get(0).line())).isEqualTo(copied);
		assertThat(FindingView.of(findings.get(0), Wording.bundle(AuditCommand.INDONESIAN)).message())
			.startsWith("Laporan ini laporan DINAS KESEHATAN KOTA CONTOH, tetapi di sini Dinas Pendidikan Kota Contoh "
					+ "yang disebut menerima, menangani, atau melaporkan pengaduan")
			.endsWith("bagian ini tampaknya disalin dari laporan instansi lain.");
	}

	private static byte[] docx(List<String> lines) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String line : lines) {
				document.createParagraph().createRun().setText(line);
			}
			document.write(out);
			return out.toByteArray();
		}
	}
}
