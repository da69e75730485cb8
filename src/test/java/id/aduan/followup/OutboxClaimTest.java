package id.aduan.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import id.aduan.TestMail;

/**
 * The outbox's claim on an email being sent: an email claimed by a sender (one that is sending it now,
 * or one killed between the SMTP server's acceptance and its mark) is not sent by another until the
 * claim runs out, and then exactly once more; a sent email is marked in its own commit.
 */
@SpringBootTest
@ActiveProfiles("test")
class OutboxClaimTest {

	@RegisterExtension
	static GreenMailExtension mail = TestMail.smtpServer();

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		TestMail.sendThrough(mail, registry);
	}

	@Autowired
	Outbox outbox;

	@Autowired
	FollowUpJobs jobs;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anEmailClaimedByAnotherSenderIsLeftAloneUntilItsClaimRunsOut() throws Exception {
		long id = jdbc.sql("""
				insert into notification (dedupe_key, kind, to_complainant, recipient, subject, body, status, attempts, created_at)
				values ('claim-test', 'RECEIPT', true, 'klaim@example.id', 'Uji klaim', 'Isi', 'PENDING', 0, ?)""")
			.param(OffsetDateTime.now())
			.update() == 1 ? jdbc.sql("select id from notification where dedupe_key = 'claim-test'").query(Long.class).single()
					: -1;
		assertThat(outbox.claim(id)).as("the first sender's claim").isTrue();
		assertThat(outbox.claim(id)).as("a second sender's claim").isFalse();

		jobs.runAll();
		assertThat(mail.getReceivedMessagesForDomain("example.id")).isEmpty();
		assertThat(status(id)).isEqualTo("SENDING");

		jdbc.sql("update notification set claimed_until = ? where id = ?")
			.params(OffsetDateTime.now().minusMinutes(1), id)
			.update();
		jobs.runAll();
		jobs.runAll();
		assertThat(mail.getReceivedMessagesForDomain("example.id")).hasSize(1);
		assertThat(status(id)).isEqualTo("SENT");
		assertThat(jdbc.sql("select claimed_until from notification where id = ?").param(id).query(OffsetDateTime.class)
			.optional()).isEmpty();
	}

	private String status(long id) {
		return jdbc.sql("select status from notification where id = ?").param(id).query(String.class).single();
	}
}
