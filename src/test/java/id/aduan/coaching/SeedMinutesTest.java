package id.aduan.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

import id.aduan.Staff;
import id.aduan.accounts.Actor;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.PublicService;
import id.aduan.documents.IssuedNumber;
import id.aduan.documents.LetterNumbering;
import id.aduan.documents.ReadBack;

/**
 * The seed's paperwork done right: on 6 June 2023 (a Tuesday, which the office's own minutes called
 * Wednesday), after 147 letters typed by hand that year, the coordinator records the coaching session
 * with its 44 services, 4 Satu Data services, 6 representatives and 34 social workers, and takes the
 * number 460/148/VI/2023 for its Berita Acara and Daftar Hadir.
 */
@SpringBootTest
@ActiveProfiles("test")
class SeedMinutesTest {

	@TestConfiguration
	static class SixthOfJune2023 {

		@Bean
		@Primary
		Clock sixthOfJune2023() {
			return Clock.fixed(Instant.parse("2023-06-06T01:00:00Z"), ZoneOffset.UTC);
		}
	}

	@Autowired
	SessionPlanning planning;

	@Autowired
	Attendance attendance;

	@Autowired
	SessionPaperwork paperwork;

	@Autowired
	LetterNumbering numbering;

	@Autowired
	Catalog catalog;

	@Autowired
	Staff staff;

	@Test
	void theMinutesAndAttendanceListOfCoachingSession460Of148OfJune2023() {
		Actor coordinator = staff.coordinator().actor();
		numbering.jump(147, "Nomor 1 sampai 147 tahun 2023 diketik manual", staff.admin().actor());
		long id = planning.create(SessionPaperworkTest.draft(LocalDate.of(2023, 6, 6),
				catalog.activeServices().stream().map(PublicService::id).toList()), coordinator);
		attendance.addList(id, AttendeeKind.REPRESENTATIVE, """
				1.\tLA JURUSA, S.Ag\tKementerian Agama
				2.\tABDURAHMAN T., SE\tKorkab PKH
				3.\tGAMAR ISAN\tKetua Fatayat NU
				4.\tSYARFAN BANAPON, S.Sos\tPendamping Desa
				5.\tALEXANDER SELEKY\tKepala Desa Waelo
				6.\tJAKARIA MATDOAN\tKepala Desa Sekat""", coordinator);
		attendance.addList(id, AttendeeKind.PARTICIPANT, IntStream.rangeClosed(1, 34)
			.mapToObj(i -> i + ".\tPekerja Sosial " + i + "\tPEKERJA SOSIAL\t")
			.collect(Collectors.joining("\n")), coordinator);

		IssuedNumber number = planning.issueNumber(id, coordinator);

		assertThat(number.formatted()).isEqualTo("460/148/VI/2023");
		String minutes = ReadBack.pdfText(SessionPaperworkTest.keep(paperwork.minutesPdf(id, coordinator)).content());
		String minutesDocx = ReadBack.docxText(SessionPaperworkTest.keep(paperwork.minutesDocx(id, coordinator)).content());
		for (String text : List.of(minutes, minutesDocx)) {
			assertThat(text).containsSubsequence("BERITA ACARA", "Nomor: 460/148/VI/2023",
					"Pada hari ini Selasa, tanggal enam bulan Juni tahun dua ribu dua puluh tiga", "1. Rekomendasi Rumah Tidak Layak Huni",
					"44. Alur Pelayanan Pengaduan", "4. Layanan KIP Kuliah DTKS", "6. JAKARIA MATDOAN Kepala Desa Sekat",
					"ABU BAKAR MAYOR, SP", "NIP. 19650703 198803 1 017");
			assertThat(text).doesNotContain("Rabu");
		}
		String list = ReadBack.pdfText(SessionPaperworkTest.keep(paperwork.attendancePdf(id, coordinator)).content());
		assertThat(list).containsSubsequence("DAFTAR HADIR", "Nomor: 460/148/VI/2023", "34. Pekerja Sosial 34",
				"Namrole, 6 Juni 2023", "NIP. 19650703 198803 1 017");
		assertThat(paperwork.attendanceDocx(id, coordinator).fileName()).isEqualTo("Daftar-Hadir-460-148-VI-2023.docx");
	}
}
