package id.aduan.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import id.aduan.AduanTest;
import id.aduan.Staff;
import id.aduan.accounts.Actor;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.PublicService;
import id.aduan.documents.DocumentFile;
import id.aduan.documents.ReadBack;

/**
 * The Berita Acara and Daftar Hadir read back from the files a user downloads: the day and date in
 * words agree with the calendar, the services are listed and numbered, the head signs with the NIP,
 * and a long attendance list repeats its header on every page.
 */
@AduanTest
class SessionPaperworkTest {

	@Autowired
	SessionPlanning planning;

	@Autowired
	Attendance attendance;

	@Autowired
	SessionPaperwork paperwork;

	@Autowired
	Catalog catalog;

	@Autowired
	Staff staff;

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			2023-06-06 | Selasa, tanggal enam bulan Juni tahun dua ribu dua puluh tiga
			2019-12-31 | Selasa, tanggal tiga puluh satu bulan Desember tahun dua ribu sembilan belas
			2024-02-29 | Kamis, tanggal dua puluh sembilan bulan Februari tahun dua ribu dua puluh empat
			2025-08-17 | Minggu, tanggal tujuh belas bulan Agustus tahun dua ribu dua puluh lima
			2026-01-01 | Kamis, tanggal satu bulan Januari tahun dua ribu dua puluh enam
			2027-11-11 | Kamis, tanggal sebelas bulan November tahun dua ribu dua puluh tujuh
			""")
	void theMinutesWriteTheDayAndDateInWordsAsTheCalendarHasThem(LocalDate date, String inWords) {
		Actor coordinator = staff.coordinator().actor();
		long id = planning.create(draft(date, List.of()), coordinator);

		String opening = "Pada hari ini " + inWords + ", pukul 09.00 sampai dengan 12.00 WIT, bertempat di Aula Dinas Sosial";
		assertThat(ReadBack.docxText(paperwork.minutesDocx(id, coordinator).content())).contains(opening);
		assertThat(ReadBack.pdfText(paperwork.minutesPdf(id, coordinator).content())).contains(opening);
	}

	@Test
	void theMinutesNumberTheChosenServicesAndCarryTheLetterheadRepresentativesAndTheHeadsNip() {
		Actor coordinator = staff.coordinator().actor();
		List<PublicService> services = catalog.activeServices();
		long id = planning.create(draft(LocalDate.of(2023, 6, 6), services.stream().map(PublicService::id).toList()),
				coordinator);
		attendance.addList(id, AttendeeKind.REPRESENTATIVE, """
				LA JURUSA, S.Ag\tKementerian Agama
				ABDURAHMAN T., SE\tKorkab PKH
				GAMAR ISAN\tKetua\tFatayat NU
				""", coordinator);

		DocumentFile docx = keep(paperwork.minutesDocx(id, coordinator));
		DocumentFile pdf = keep(paperwork.minutesPdf(id, coordinator));

		List<String> numbered = new ArrayList<>();
		for (int i = 0; i < services.size(); i++) {
			numbered.add((i + 1) + ". " + services.get(i).name());
		}
		assertThat(services).hasSizeGreaterThanOrEqualTo(44);
		assertThat(numbered.get(43)).isEqualTo("44. Alur Pelayanan Pengaduan");
		for (String text : List.of(ReadBack.docxText(docx.content()), ReadBack.pdfText(pdf.content()))) {
			assertThat(text).containsSubsequence("PEMERINTAH KABUPATEN BURU SELATAN", "DINAS SOSIAL",
					"Telepon (+62) 82238804189", "Laman https://dinsos.burselkab.go.id, Pos-el siksdinsos@gmail.com",
					"BERITA ACARA", "PENYELENGGARAAN PEMBINAAN PENGADUAN", "Nomor: ....");
			assertThat(text).containsSubsequence(numbered);
			assertThat(text).containsSubsequence("Adapun layanan terintegrasi", "1. Layanan Rujukan Terpadu",
					"4. Layanan KIP Kuliah DTKS");
			assertThat(text).containsSubsequence("PERWAKILAN", "NO", "NAMA", "JABATAN / INSTANSI", "TANDA TANGAN",
					"LA JURUSA, S.Ag", "Kementerian Agama", "GAMAR ISAN", "Ketua, Fatayat NU");
			assertThat(text).containsSubsequence("Demikian berita acara ini dibuat",
					"Kepala Dinas Sosial Kabupaten Buru Selatan", "ABU BAKAR MAYOR, SP", "NIP. 19650703 198803 1 017");
		}
		assertThat(docx.fileName()).isEqualTo("Berita-Acara-draf-" + id + ".docx");
		assertThat(pdf.contentType()).isEqualTo("application/pdf");
	}

	@Test
	void aSessionWithoutATimeAndWithTextPastedFromAWordProcessorStillMakesBothDocuments() {
		Actor coordinator = staff.coordinator().actor();
		long id = planning.create(new SessionDraft(SessionKind.FOLLOW_UP_VISIT, "Kunjungan ke Desa Waelo",
				LocalDate.of(2024, 2, 29), null, null, "Balai Desa Waelo", "Baris pertama\u000Bbaris kedua", null,
				List.of(), null), coordinator);
		attendance.add(id, AttendeeKind.PARTICIPANT, new PersonDraft("Alexander\u000BSeleky", null, "Desa Waelo"),
				coordinator);

		String opening = "Pada hari ini Kamis, tanggal dua puluh sembilan bulan Februari tahun dua ribu dua puluh empat, "
				+ "bertempat di Balai Desa Waelo, telah dilaksanakan kegiatan Kunjungan ke Desa Waelo.";
		assertThat(ReadBack.pdfText(paperwork.minutesPdf(id, coordinator).content())).contains(opening,
				"Kegiatan ini bertujuan untuk baris pertama dan baris kedua.");
		assertThat(ReadBack.docxText(paperwork.minutesDocx(id, coordinator).content())).contains(opening);
		String list = ReadBack.pdfText(paperwork.attendancePdf(id, coordinator).content());
		assertThat(list).contains("Hari/tanggal : Kamis, 29 Februari 2024", "Alexander Seleky").doesNotContain("Waktu");
		assertThat(ReadBack.docxText(paperwork.attendanceDocx(id, coordinator).content())).contains("Alexander Seleky");
	}

	@Test
	void theMinutesPdfEmbedsItsFontSoItPrintsTheSameEverywhere() {
		Actor coordinator = staff.coordinator().actor();
		long id = planning.create(draft(LocalDate.of(2026, 3, 2), List.of()), coordinator);

		assertThat(ReadBack.pdfFonts(paperwork.minutesPdf(id, coordinator).content())).isNotEmpty()
			.allSatisfy(font -> assertThat(font).contains("LiberationSerif").endsWith(" embedded"));
	}

	@Test
	void anAttendanceListOfEightyRepeatsItsHeaderOnEveryPageAndEndsWithTheHeadsSignature() {
		Actor coordinator = staff.coordinator().actor();
		long id = planning.create(draft(LocalDate.of(2023, 6, 6), List.of()), coordinator);
		String list = IntStream.rangeClosed(1, 80)
			.mapToObj(i -> i + ".\tPeserta Nomor " + i + "\tPEKERJA SOSIAL\t")
			.collect(Collectors.joining("\n"));
		attendance.addList(id, AttendeeKind.PARTICIPANT, list, coordinator);

		List<String> pages = ReadBack.pdfPages(keep(paperwork.attendancePdf(id, coordinator)).content());
		assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
		assertThat(pages).allSatisfy(page -> assertThat(page).contains("NO NAMA INSTANSI TANDA TANGAN"));
		assertThat(pages.get(0)).containsSubsequence("DAFTAR HADIR", "PENYELENGGARAAN PEMBINAAN PENGADUAN",
				"DINAS SOSIAL KABUPATEN BURU SELATAN", "Hari/tanggal : Selasa, 6 Juni 2023", "Tempat : Aula Dinas Sosial",
				"1. Peserta Nomor 1 PEKERJA SOSIAL");
		String all = String.join(" ", pages);
		for (int i = 1; i <= 80; i++) {
			assertThat(all).contains(i + ". Peserta Nomor " + i + " PEKERJA SOSIAL");
		}
		assertThat(pages.get(pages.size() - 1)).containsSubsequence("Peserta Nomor 80", "Namrole, 6 Juni 2023",
				"Kepala Dinas Sosial Kabupaten Buru Selatan", "ABU BAKAR MAYOR, SP", "NIP. 19650703 198803 1 017");

		XWPFTable table = ReadBack.docx(keep(paperwork.attendanceDocx(id, coordinator)).content()).getTables().get(0);
		assertThat(table.getRows()).hasSize(81);
		assertThat(table.getRow(0).isRepeatHeader()).isTrue();
		assertThat(table.getRow(0).getTableCells()).extracting(cell -> cell.getText())
			.containsExactly("NO", "NAMA", "INSTANSI", "TANDA TANGAN");
		assertThat(table.getRow(80).getCell(1).getText()).isEqualTo("Peserta Nomor 80");
	}

	/** Leaves the document in target/documents for a person to look at after the build. */
	@Test
	void theHeadSignsTheMinutesOnThePageOfTheClosingAndPastedNumbersAreNotPrintedTwice() {
		Actor coordinator = staff.coordinator().actor();
		long id = planning.create(draft(LocalDate.of(2023, 6, 6),
				catalog.activeServices().stream().map(PublicService::id).toList()), coordinator);
		StringBuilder pasted = new StringBuilder();
		for (int i = 1; i <= 14; i++) {
			pasted.append(i).append(". LA JURUSA ").append(i).append(", S.Ag\tKepala Seksi Bimbingan Masyarakat Islam, "
					+ "Kantor Kementerian Agama Kabupaten Buru Selatan\n");
		}
		attendance.addList(id, AttendeeKind.REPRESENTATIVE, pasted.toString(), coordinator);

		DocumentFile pdf = keep(paperwork.minutesPdf(id, coordinator));

		List<String> pages = ReadBack.pdfPages(pdf.content());
		List<String> signed = pages.stream().filter(page -> page.contains("ABU BAKAR MAYOR, SP")).toList();
		assertThat(signed).hasSize(1);
		assertThat(signed.get(0)).contains("Demikian berita acara ini dibuat");
		String text = String.join(" ", pages);
		assertThat(text).contains("1. LA JURUSA 1, S.Ag").doesNotContain("1. 1. LA JURUSA");
		assertThat(ReadBack.docxText(paperwork.minutesDocx(id, coordinator).content())).contains("LA JURUSA 1, S.Ag")
			.doesNotContain("1. 1. LA JURUSA");
	}

	static DocumentFile keep(DocumentFile file) {
		try {
			Path folder = Files.createDirectories(Path.of("target", "documents"));
			Files.write(folder.resolve(file.fileName()), file.content());
		}
		catch (IOException ignored) {
			// only a convenience for people; the assertions are what counts
		}
		return file;
	}

	static SessionDraft draft(LocalDate date, List<Long> serviceIds) {
		return new SessionDraft(SessionKind.COACHING, "Penyelenggaraan Pembinaan Pengaduan", date, "09:00", "12:00",
				"Aula Dinas Sosial Kabupaten Buru Selatan",
				"Pembinaan melibatkan pekerja sosial dan pegawai Dinas Sosial, bertujuan melihat kinerja pelayanan.",
				"Diharapkan seluruh masyarakat dapat berpartisipasi dan mengetahui alur pelayanan.", serviceIds, """
						1. Layanan Rujukan Terpadu
						2. Layanan KIS DTKS
						3. Layanan PIP DTKS
						4. Layanan KIP Kuliah DTKS""");
	}
}
