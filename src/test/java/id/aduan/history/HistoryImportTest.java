package id.aduan.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.jdbc.core.simple.JdbcClient;


/**
 * One imported complaint's history, and a file refused whole for its bad rows; in a register of their own
 * (shared with the page test), since their 2023 complaints would change what other tests count.
 */
@SpringBootTest(properties = "aduan.test.register=history-pages")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class HistoryImportTest {

	@Autowired
	HistoryImport imports;

	@Autowired
	JdbcClient jdbc;

	static final id.aduan.accounts.Actor ADMIN = HistoryImportContract.ADMIN;

	@Test
	void importedComplaintsCarryTheirOwnDatesAndSayWhoImportedThem() {
		String csv = SemesterHistory.HEADER + "\n"
				+ "TL-1,2023-01-20 08:30,LAPOR,Bantuan belum cair,Bantuan PKH belum cair sejak Desember,Ibu Sari,,"
				+ ",false,BANSOS,,PFM,2023-01-20 09:00,2023-01-20 09:30,2023-01-24 10:00,Sudah dicairkan,2023-01-26\n";

		HistoryImportResult result = imports.importFile("satu.csv", csv.getBytes(StandardCharsets.UTF_8), false, ADMIN);

		assertThat(result.problems()).isEmpty();
		Map<String, Object> row = jdbc
			.sql("select id, status, first_answer_days, received_on from complaint where import_reference = 'TL-1'")
			.query()
			.singleRow();
		assertThat(row.get("status")).isEqualTo("CLOSED");
		// Friday 20 January, Monday 23 January collective leave (Imlek), answered Tuesday 24: one working day.
		assertThat(((Number) row.get("first_answer_days")).intValue()).isEqualTo(1);
		List<Map<String, Object>> timeline = jdbc
			.sql("select kind, occurred_at, actor_name from complaint_event where complaint_id = ? order by occurred_at, id")
			.param(row.get("id"))
			.query()
			.listOfRows();
		assertThat(timeline).extracting(entry -> entry.get("kind"))
			.containsExactly("REGISTERED", "VERIFIED", "ROUTED", "ANSWERED", "CLOSED", "IMPORTED");
		assertThat(timeline).extracting(entry -> entry.get("actor_name")).containsOnly("Admin Impor");
		assertThat(row.get("received_on").toString()).isEqualTo("2023-01-20");
		assertThat(jdbc.sql("select count(*) from notification where complaint_id = ?")
			.param(row.get("id"))
			.query(Long.class)
			.single()).as("nobody is told of a complaint answered in 2023").isZero();
	}

	@Test
	void oneBadRowRefusesTheWholeFileNamingEveryRowAndColumn() {
		String csv = SemesterHistory.HEADER + "\n"
				+ "BAD-1,2023-02-01 08:30,LAPOR,,Uraian yang cukup panjang,,,,false,,,,,,,,\n"
				+ "BAD-2,2023-02-31,LAPOR,,Uraian yang cukup panjang,,,,false,,,,,,,,\n"
				+ "BAD-3,2023-02-01,MERPATI,,Uraian yang cukup panjang,,,,false,,,,,,,,\n"
				+ "BAD-4,2023-02-06,LAPOR,,Uraian yang cukup panjang,,,,false,,,PFM,2023-02-03,2023-02-07,,,\n"
				+ "BAD-5,2099-01-01,LAPOR,,Uraian yang cukup panjang,,,,false,,,,,,,,\n"
				+ "BAD-1,2023-02-01,LAPOR,,Uraian yang cukup panjang,,,,false,,,,,,,,\n";

		HistoryImportResult result = imports.importFile("salah.csv", csv.getBytes(StandardCharsets.UTF_8), false, ADMIN);

		assertThat(result.refused()).isTrue();
		assertThat(result.problems()).extracting(p -> p.row() + " " + p.column() + " " + p.messageKey())
			.containsExactlyInAnyOrder("3 received_at history.date.invalid", "4 channel history.code.unknown",
					"5 verified_at history.date.order", "6 received_at history.date.future",
					"7 reference history.reference.twice");
		assertThat(stored("BAD-%")).as("nothing stored half-way").isZero();
	}

	long stored(String referencePattern) {
		return jdbc.sql("select count(*) from complaint where import_reference like ?")
			.param(referencePattern)
			.query(Long.class)
			.single();
	}
}
