package id.aduan.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import id.aduan.documents.DocxDocument.Align;
import id.aduan.documents.DocxDocument.Column;

class DocxDocumentTest {

	static final Letterhead LETTERHEAD = new Letterhead("PEMERINTAH KABUPATEN BURU SELATAN", "DINAS SOSIAL",
			"Jl. Ir. M. Putuhena Kilometer 3 – Namrole", "Telepon (+62) 82238804189",
			"Laman https://dinsos.burselkab.go.id, Pos-el siksdinsos@gmail.com");

	@Test
	void aTablesHeaderRowRepeatsOnEveryPageAndNoRowSplitsAcrossPages() {
		List<List<String>> rows = new ArrayList<>();
		for (int i = 1; i <= 80; i++) {
			rows.add(List.of(i + ".", "Peserta " + i, "Pekerja Sosial", i + "."));
		}
		byte[] bytes = DocxDocument.a4()
			.table(List.of(new Column("NO", 8, Align.CENTER), new Column("NAMA", 37, Align.LEFT),
					new Column("INSTANSI", 30, Align.LEFT), new Column("TANDA TANGAN", 25, Align.ALTERNATE)), rows,
					true)
			.toBytes();

		XWPFDocument document = ReadBack.docx(bytes);
		XWPFTable table = document.getTables().get(0);
		assertThat(table.getRows()).hasSize(81);
		XWPFTableRow header = table.getRow(0);
		assertThat(header.isRepeatHeader()).isTrue();
		assertThat(header.getTableCells()).extracting(cell -> cell.getText())
			.containsExactly("NO", "NAMA", "INSTANSI", "TANDA TANGAN");
		assertThat(table.getRows().subList(1, 81)).allSatisfy(row -> {
			assertThat(row.isRepeatHeader()).isFalse();
			assertThat(row.isCantSplitRow()).isTrue();
		});
		assertThat(table.getRow(80).getCell(1).getText()).isEqualTo("Peserta 80");
	}

	@Test
	void theLetterheadSignatureAndNumberedListReadBackInOrder() {
		byte[] bytes = DocxDocument.a4()
			.letterhead(LETTERHEAD)
			.title("BERITA ACARA")
			.numbered(List.of("Rekomendasi Rumah Tidak Layak Huni", "Pengusulan BPJS DTKS"))
			.signature("Namrole, 6 Juni 2023", new Signatory("Kepala Dinas Sosial", "ABU BAKAR MAYOR, SP", null),
					"NIP. 19650703 198803 1 017")
			.toBytes();

		assertThat(ReadBack.docxText(bytes)).containsSubsequence("PEMERINTAH KABUPATEN BURU SELATAN", "DINAS SOSIAL",
				"Telepon (+62) 82238804189", "BERITA ACARA", "1. Rekomendasi Rumah Tidak Layak Huni",
				"2. Pengusulan BPJS DTKS", "Namrole, 6 Juni 2023", "Kepala Dinas Sosial", "ABU BAKAR MAYOR, SP",
				"NIP. 19650703 198803 1 017");
	}
}
