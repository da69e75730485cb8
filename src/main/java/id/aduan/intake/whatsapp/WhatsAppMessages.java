package id.aduan.intake.whatsapp;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.aduan.system.DatabaseTime;

/**
 * Every WhatsApp message Aduan took, by the platform's message id. Claiming the id is the first write of
 * the transaction that stores what the message becomes: a repeated delivery of the webhook (the
 * platform retries until it is answered 200, and may deliver twice anyway) finds the id taken and
 * leaves the message alone; two deliveries at once wait on the unique key, and the second then finds it
 * taken; if storing fails, the claim goes with it and the next delivery takes the message.
 */
@Repository
class WhatsAppMessages {

	private final JdbcClient jdbc;

	WhatsAppMessages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Claims the message id; false when it was taken before (or is being taken right now elsewhere). */
	boolean claim(String messageId, String sender, Instant now) {
		return jdbc.sql("""
				insert into whatsapp_message (message_id, sender, received_at, outcome)
				values (?, ?, ?, 'TAKING') on conflict do nothing""")
			.params(messageId, sender.length() > 20 ? sender.substring(0, 20) : sender, DatabaseTime.of(now))
			.update() == 1;
	}

	void settle(String messageId, WhatsAppIntake.Outcome outcome, Long complaintId) {
		jdbc.sql("update whatsapp_message set outcome = ?, complaint_id = ? where message_id = ?")
			.params(outcome.name(), complaintId, messageId)
			.update();
	}
}
