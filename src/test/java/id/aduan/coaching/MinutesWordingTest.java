package id.aduan.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinutesWordingTest {

	@Test
	void aPurposeTypedAsAFragmentIsPrintedAsASentence() {
		assertThat(SessionPaperwork.purposeSentence("Meningkatkan kualitas pelayanan pengaduan"))
			.isEqualTo("Kegiatan ini bertujuan untuk meningkatkan kualitas pelayanan pengaduan.");
		assertThat(SessionPaperwork.purposeSentence("untuk menyamakan persepsi petugas"))
			.isEqualTo("Kegiatan ini bertujuan untuk menyamakan persepsi petugas.");
	}

	@Test
	void aPastedNumberedListOfPurposesBecomesOneSentenceWithoutItsNumbers() {
		assertThat(SessionPaperwork.purposeSentence("1. Meningkatkan kualitas layanan;\n2. Menyelaraskan data DTKS;\n"
				+ "3. Membahas pengaduan"))
			.isEqualTo("Kegiatan ini bertujuan untuk meningkatkan kualitas layanan; menyelaraskan data DTKS; dan "
					+ "membahas pengaduan.");
	}

	@Test
	void aPurposeAlreadyWrittenAsASentenceStaysAsItIs() {
		assertThat(SessionPaperwork.purposeSentence("Rapat ini membahas tindak lanjut pengaduan."))
			.isEqualTo("Rapat ini membahas tindak lanjut pengaduan.");
		assertThat(SessionPaperwork.purposeSentence("  ")).isNull();
	}

	@Test
	void pastedNumbersAreStrippedFromNames() {
		assertThat(SessionPaperwork.withoutNumbering("1. LA JURUSA")).isEqualTo("LA JURUSA");
		assertThat(SessionPaperwork.withoutNumbering("12) Drs. ALI")).isEqualTo("Drs. ALI");
		assertThat(SessionPaperwork.withoutNumbering("LA JURUSA")).isEqualTo("LA JURUSA");
	}
}
