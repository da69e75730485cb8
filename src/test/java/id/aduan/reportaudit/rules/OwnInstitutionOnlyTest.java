package id.aduan.reportaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.aduan.reportaudit.Rule;

class OwnInstitutionOnlyTest {

	private final OwnInstitutionOnly policy = new OwnInstitutionOnly();

	@Test
	void aParagraphCopiedFromAnotherInstitutionsReportIsAFinding() {
		assertThat(Reports.check(policy, "LAPORAN PENGELOLAAN PENGADUAN", "DINAS KESEHATAN KOTA CONTOH", "",
				"Pada periode Januari sampai dengan Juni 2025, Badan Pusat Statistik telah menerima sebanyak 240 pengaduan.",
				"Seluruh pengaduan ditindaklanjuti oleh Dinas Pendidikan Kota Contoh."))
			.extracting(finding -> finding.rule(), finding -> finding.line(), finding -> finding.found())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Rule.FOREIGN_INSTITUTION, 4, "Badan Pusat Statistik"),
					org.assertj.core.groups.Tuple.tuple(Rule.FOREIGN_INSTITUTION, 5, "Dinas Pendidikan Kota Contoh"));
	}

	@Test
	void anAcronymOfAnotherBodyIsAFindingButTheOfficesOwnNamesAndUnitsAreNot() {
		assertThat(Reports.check(policy, "PEMERINTAH KABUPATEN CONTOH", "DINAS SOSIAL KABUPATEN CONTOH", "",
				"LAN telah menerima sebanyak 1627 pengaduan.",
				"Dinas Sosial, telah menerima sebanyak 1627 pengaduan.",
				"Pengaduan yang diterima oleh Dinas Sosial Kabupaten Contoh diteruskan.",
				"Bidang Rehabilitasi Sosial menindaklanjuti 12 pengaduan; Kami menerima saran.",
				"DSKC telah menangani seluruh pengaduan."))
			.extracting(finding -> finding.line(), finding -> finding.found())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(4, "LAN"));
	}

	@Test
	void aReportWhoseTitleNamesNoInstitutionIsNotChecked() {
		assertThat(Reports.check(policy, "LAPORAN SEMESTER", "", "LAN telah menerima sebanyak 1627 pengaduan.")).isEmpty();
	}
}
