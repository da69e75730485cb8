package id.aduan.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.aduan.AduanTest;
import id.aduan.Staff;
import id.aduan.accounts.Actor;
import id.aduan.catalog.Catalog;
import id.aduan.reportaudit.ReportAudit;
import id.aduan.reportaudit.ReportReading;

/**
 * The Berita Acara and the Daftar Hadir Aduan writes pass Aduan's own audit, in PDF and in DOCX, for a
 * session as an office holds it: several services, pasted representatives and forty participants, so
 * that lists and the attendance table run over pages.
 */
@AduanTest
class SessionPaperworkAuditTest {

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

	@Test
	void theMinutesAndTheAttendanceListAuditCleanInEveryFormat() {
		Actor coordinator = staff.coordinator().actor();
		List<Long> services = catalog.activeServices().stream().limit(6).map(service -> service.id()).toList();
		long id = planning.create(SessionPaperworkTest.draft(LocalDate.of(2023, 6, 6), services), coordinator);
		attendance.addList(id, AttendeeKind.REPRESENTATIVE, """
				1. LA JURUSA, S.Ag\tKepala Desa Namrole
				2. Wa Ode Siti Nurhaliza, S.Sos\tPendamping PKH Kecamatan Namrole""", coordinator);
		attendance.addList(id, AttendeeKind.PARTICIPANT, IntStream.rangeClosed(1, 40)
			.mapToObj(i -> i + ".\tPeserta Nomor " + i + "\tPEKERJA SOSIAL MASYARAKAT KECAMATAN NAMROLE\t")
			.collect(Collectors.joining("\n")), coordinator);
		ReportReading reading = new ReportReading(ReportReading.DEFAULT_MAX_BYTES);

		assertThat(ReportAudit.standard().audit(reading.read(paperwork.minutesPdf(id, coordinator).content())))
			.as("Berita Acara, PDF").isEmpty();
		assertThat(ReportAudit.standard().audit(reading.read(paperwork.minutesDocx(id, coordinator).content())))
			.as("Berita Acara, DOCX").isEmpty();
		assertThat(ReportAudit.standard().audit(reading.read(paperwork.attendancePdf(id, coordinator).content())))
			.as("Daftar Hadir, PDF").isEmpty();
		assertThat(ReportAudit.standard().audit(reading.read(paperwork.attendanceDocx(id, coordinator).content())))
			.as("Daftar Hadir, DOCX").isEmpty();
	}
}
