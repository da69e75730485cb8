package id.aduan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.jayway.jsonpath.JsonPath;

import id.aduan.TestMail;
import id.aduan.backup.DatabaseBackup;
import id.aduan.followup.FollowUpJobs;

/**
 * The access key is a secret the register keeps only as a SHA-256: once the receipt that carries it has
 * gone to the complainant, neither the database nor a backup of it holds the key in plain, although the
 * receipt and the Idempotency-Key's kept answer stay.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SecretsAtRestTest {

	@RegisterExtension
	static GreenMailExtension mail = TestMail.smtpServer();

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		TestMail.sendThrough(mail, registry);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	FollowUpJobs jobs;

	@Autowired
	DatabaseBackup backup;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aBackupTakenAfterTheReceiptWasSentHoldsNoAccessKey() throws Exception {
		String recipient = "rahasia-" + UUID.randomUUID() + "@example.id";
		String answer = mvc.perform(post("/api/v1/public/complaints").header("Idempotency-Key", UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title": "Air bersih tidak mengalir",
					 "description": "Sudah tiga hari air bersih di desa kami tidak mengalir.",
					 "complainant": {"name": "Yosina Latuheru", "email": "%s"}}""".formatted(recipient)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String code = JsonPath.read(answer, "$.trackingCode");
		String key = JsonPath.read(answer, "$.accessKey");

		jobs.runAll();

		assertThat(receiptTo(recipient)).as("the complainant still gets the key").contains(code, key);
		assertThat(jdbc.sql("select n.status from notification n join complaint c on c.id = n.complaint_id "
				+ "where c.tracking_code = ? and n.kind = 'RECEIPT'").param(code).query(String.class).single())
			.isEqualTo("SENT");
		assertThat(jdbc.sql("select count(*) from idempotency_key k join complaint c on c.tracking_code = ? "
				+ "where k.response_body like '%' || c.tracking_code || '%'").param(code).query(Long.class).single())
			.as("the answer for a retry is kept").isEqualTo(1);
		String everything = backedUp();
		assertThat(everything).contains(code);
		assertThat(everything).doesNotContain(key).doesNotContain(key.replace("-", ""));
	}

	private String receiptTo(String recipient) throws Exception {
		for (MimeMessage message : mail.getReceivedMessages()) {
			if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(recipient)) {
				return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=\n", "");
			}
		}
		throw new AssertionError("No receipt to " + recipient);
	}

	/** Every file of a backup, unpacked and put together. */
	private String backedUp() throws Exception {
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		backup.write(zip);
		StringBuilder all = new StringBuilder();
		try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
			for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
				all.append(new String(entries.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
			}
		}
		return all.toString();
	}
}
