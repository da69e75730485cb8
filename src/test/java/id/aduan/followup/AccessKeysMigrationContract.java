package id.aduan.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Rows written before the access key was kept apart (V35) lose it in the vendor migration V35_1: a sent
 * receipt's body gets its placeholder back, a waiting one keeps its key beside the body until it is
 * sent, and a kept Idempotency answer has none. Run on H2 and on PostgreSQL, each with its own script.
 */
abstract class AccessKeysMigrationContract {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	abstract String vendor();

	@Test
	void receiptsAndKeptAnswersFromBeforeLoseTheKeyAndAWaitingReceiptStillGetsIt() throws Exception {
		String sent = receipt("SENT", "Perkembangan: https://aduan/lacak/ADU-ABCD-2345\nKunci akses untuk percakapan dengan petugas: K7M2-QX9P\n");
		String waiting = receipt("PENDING", "buka alamat di atas dan masukkan kunci akses Anda: Z9Y8-X7W6\n\nSimpan kode pelacakan ADU-ABCD-2345 dan kunci akses ini");
		String idem = UUID.randomUUID().toString();
		jdbc.sql("""
				insert into idempotency_key (scope, idem_key, request_hash, response_status, response_body, created_at)
				values ('public-api', ?, 'h', 201, '{"trackingCode":"ADU-ABCD-2345","status":"RECEIVED","accessKey":"K7M2-QX9P"}', ?)""")
			.params(idem, OffsetDateTime.now())
			.update();

		var connection = DataSourceUtils.getConnection(dataSource);
		try {
			ScriptUtils.executeSqlScript(connection,
					new ClassPathResource("db/vendor/" + vendor() + "/V35_1__access_keys_out_of_stored_answers.sql"));
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}

		assertThat(column(sent, "body")).contains("petugas: {kunci}", "ADU-ABCD-2345").doesNotContain("K7M2-QX9P");
		assertThat(column(sent, "access_key")).isNull();
		assertThat(column(waiting, "body")).contains("Anda: {kunci}", "ADU-ABCD-2345").doesNotContain("Z9Y8-X7W6");
		assertThat(column(waiting, "access_key")).isEqualTo("Z9Y8-X7W6");
		assertThat(jdbc.sql("select response_body from idempotency_key where idem_key = ?").param(idem).query(String.class).single())
			.isEqualTo("{\"trackingCode\":\"ADU-ABCD-2345\",\"status\":\"RECEIVED\",\"accessKey\":null}");
	}

	private String receipt(String status, String body) {
		String dedupe = "receipt-migration:" + UUID.randomUUID();
		jdbc.sql("""
				insert into notification (dedupe_key, kind, to_complainant, recipient, subject, body, status, attempts, created_at)
				values (?, 'RECEIPT', true, 'warga@example.id', 'Pengaduan Anda telah diterima', ?, ?, 0, ?)""")
			.params(dedupe, body, status, OffsetDateTime.now())
			.update();
		return dedupe;
	}

	private String column(String dedupe, String column) {
		return jdbc.sql("select " + column + " from notification where dedupe_key = ?")
			.param(dedupe)
			.query((rs, row) -> rs.getString(1))
			.list()
			.get(0);
	}
}
