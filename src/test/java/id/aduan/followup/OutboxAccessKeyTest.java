package id.aduan.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.aduan.AduanTest;

/**
 * A receipt's access key waits beside the email, not in it, and is gone once the email is given up
 * after its last attempt, as it is once sent.
 */
@AduanTest
class OutboxAccessKeyTest {

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theKeyIsPutInOnlyForSendingAndClearedWhenTheReceiptIsGivenUp() {
		String dedupe = "receipt-test:" + UUID.randomUUID();
		Map<String, String> values = new HashMap<>(Map.of("nama", "Warga", "kode", "ADU-TEST-2222"));
		outbox.queue(dedupe, NotificationKind.RECEIPT, null, "warga@example.id", values, null, "K7M2-QX9P");

		assertThat(stored(dedupe, "body")).doesNotContain("K7M2-QX9P").contains("{kunci}");
		Notification toSend = outbox.pending(10_000).stream().filter(n -> n.dedupeKey().equals(dedupe)).findFirst().orElseThrow();
		assertThat(toSend.body()).contains("K7M2-QX9P").doesNotContain("{kunci}");

		outbox.failed(toSend.id(), "Connection refused", 2);
		assertThat(stored(dedupe, "access_key")).as("kept for the next attempt").isEqualTo("K7M2-QX9P");
		outbox.failed(toSend.id(), "Connection refused", 2);
		assertThat(stored(dedupe, "status")).isEqualTo("FAILED");
		assertThat(stored(dedupe, "access_key")).isNull();
	}

	private String stored(String dedupe, String column) {
		return jdbc.sql("select " + column + " from notification where dedupe_key = ?").param(dedupe)
			.query((rs, row) -> rs.getString(1))
			.list()
			.get(0);
	}
}
