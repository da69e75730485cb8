package id.aduan.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import id.aduan.Staff;
import id.aduan.conversations.ComplaintThreads;

/**
 * Photos and PDF documents a citizen sends to the office's WhatsApp number, against a local server that
 * speaks the Cloud API's media endpoints: the file is fetched with the access token and kept as evidence
 * of the new complaint, or of the sender's open complaint with a note in its thread; a photo without a
 * word makes a complaint too; a repeated delivery stores it once; a file the platform cannot give, or one
 * the attachment rules refuse, is not kept, the message is taken all the same and a note says why. The
 * attachment limit is set low here (1 MB) so that a file over it stays small.
 */
@SpringBootTest(properties = "aduan.attachments.max-size=1MB")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class WhatsAppMediaTest {

	static final String TOKEN = "EAAG-media-token";

	static final String APP_SECRET = "app-secret-for-media-tests";

	static final String PHONE_NUMBER_ID = "106540352242922";

	static final FakeWhatsAppPlatform platform = FakeWhatsAppPlatform.started(TOKEN);

	@DynamicPropertySource
	static void platforms(DynamicPropertyRegistry registry) {
		registry.add("aduan.messaging.whatsapp.api-url", platform::apiUrl);
		registry.add("aduan.messaging.whatsapp.access-token", () -> TOKEN);
		registry.add("aduan.messaging.whatsapp.app-secret", () -> APP_SECRET);
		registry.add("aduan.messaging.whatsapp.verify-token", () -> "verify-media");
	}

	@AfterAll
	static void stop() {
		platform.close();
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessagingSetup setup;

	@Autowired
	ComplaintThreads threads;

	@Autowired
	Staff staff;

	@BeforeEach
	void switchOn() {
		setup.save(new MessagingSettings(true, PHONE_NUMBER_ID, "id", false, null, "POST", "application/json", "{}",
				"Authorization"), setup.texts(), "admin.uji");
	}

	@Test
	void aPhotoWithACaptionBecomesAComplaintWithThePhotoAttached() throws Exception {
		byte[] photo = jpeg(4_000);
		String mediaId = mediaId();
		platform.holdMedia(mediaId, "image/jpeg", photo);
		String messageId = messageId();

		webhook(photo(messageId, "6281333330001", mediaId, photo, "Jembatan putus di Desa Sukamaju, warga tidak bisa lewat"));

		long complaintId = complaintOf(messageId);
		assertThat(title(complaintId)).isEqualTo("Jembatan putus di Desa Sukamaju, warga tidak bisa lewat");
		List<Map<String, Object>> files = attachments(complaintId);
		assertThat(files).hasSize(1);
		String fileName = "whatsapp-" + mediaId.substring(mediaId.length() - 8) + ".jpg";
		assertThat(files.get(0).get("file_name")).isEqualTo(fileName);
		assertThat(files.get(0).get("purpose")).isEqualTo("EVIDENCE");
		assertThat(platform.received("/" + FakeWhatsAppPlatform.VERSION + "/" + mediaId).get(0).header("Authorization"))
			.isEqualTo("Bearer " + TOKEN);
		assertThat(platform.received("/media/" + mediaId).get(0).header("Authorization")).isEqualTo("Bearer " + TOKEN);

		// The officer finds the photo on the complaint's page and downloads the very bytes the citizen sent.
		mvc.perform(get("/staf/pengaduan/{id}", complaintId).with(user(staff.coordinator())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(fileName)));
		byte[] downloaded = mvc
			.perform(get("/staf/pengaduan/{id}/lampiran/{a}", complaintId, files.get(0).get("id"))
				.with(user(staff.coordinator())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(downloaded).isEqualTo(photo);
	}

	@Test
	void aPhotoWithoutACaptionFromANewNumberBecomesAComplaint() throws Exception {
		byte[] photo = jpeg(3_000);
		String mediaId = mediaId();
		platform.holdMedia(mediaId, "image/jpeg", photo);
		String messageId = messageId();

		webhook(photo(messageId, "6281333330002", mediaId, photo, null));

		long complaintId = complaintOf(messageId);
		assertThat(title(complaintId)).isEqualTo("Foto dari WhatsApp");
		assertThat(description(complaintId)).contains("mengirim foto lewat WhatsApp tanpa teks");
		assertThat(attachments(complaintId)).hasSize(1);
		assertThat(outcome(messageId)).isEqualTo("COMPLAINT");
	}

	@Test
	void aPhotoFromANumberWithAnOpenComplaintLandsInThatComplaintWithANoteInItsThread() throws Exception {
		String from = "6281333330003";
		String first = messageId();
		webhook(FakeWhatsAppPlatform.incomingText(PHONE_NUMBER_ID, first, from, "Budi",
				"Lampu jalan di Jalan Merdeka mati sejak seminggu.", Instant.now().getEpochSecond()));
		long complaintId = complaintOf(first);

		byte[] photo = jpeg(5_000);
		String mediaId = mediaId();
		platform.holdMedia(mediaId, "image/jpeg", photo);
		String second = messageId();
		webhook(photo(second, from, mediaId, photo, "Ini fotonya"));

		assertThat(complaintOf(second)).isEqualTo(complaintId);
		assertThat(outcome(second)).isEqualTo("REPLY");
		List<Map<String, Object>> files = attachments(complaintId);
		assertThat(files).hasSize(1);
		assertThat(bytes(files.get(0))).isEqualTo(photo);
		String fileName = "whatsapp-" + mediaId.substring(mediaId.length() - 8) + ".jpg";
		assertThat(threads.forStaff(complaintId, staff.coordinator().actor()).messages())
			.anySatisfy(message -> assertThat(message.body()).startsWith("Ini fotonya")
				.contains("disimpan sebagai lampiran pengaduan: " + fileName));
		assertThat(jdbc.sql("select kind, detail, actor_name from complaint_event where complaint_id = ? order by id")
			.param(complaintId)
			.query((rs, row) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3))
			.list()).as("the file is in the complaint's history, by the sender as WhatsApp names them")
			.endsWith("EVIDENCE_ADDED " + fileName + " Warga");
	}

	@Test
	void aRepeatedDeliveryStoresTheFileOnce() throws Exception {
		byte[] document = pdf(6_000);
		String mediaId = mediaId();
		platform.holdMedia(mediaId, "application/pdf", document);
		String messageId = messageId();
		String call = FakeWhatsAppPlatform.incomingMedia(PHONE_NUMBER_ID, messageId, "6281333330004", "Sari", "document",
				mediaId, "application/pdf", FakeWhatsAppPlatform.sha256Base64(document), "surat-keterangan.pdf", null,
				Instant.now().getEpochSecond());

		webhook(call);
		webhook(call);

		long complaintId = complaintOf(messageId);
		assertThat(title(complaintId)).isEqualTo("Dokumen dari WhatsApp");
		List<Map<String, Object>> files = attachments(complaintId);
		assertThat(files).hasSize(1);
		assertThat(files.get(0).get("file_name")).isEqualTo("surat-keterangan.pdf");
		assertThat(files.get(0).get("content_type")).isEqualTo("application/pdf");
		assertThat(platform.downloads(mediaId))
			.as("fetched on each delivery, before any transaction, so no database connection waits on the platform")
			.isEqualTo(2);
	}

	@Test
	void aPhotoThePlatformCannotGiveStillMakesTheComplaintWithANote() throws Exception {
		String mediaId = mediaId();
		platform.failMedia(mediaId, 500);
		String messageId = messageId();

		webhook(photo(messageId, "6281333330005", mediaId, jpeg(100), "Sampah menumpuk di pinggir sungai"));

		long complaintId = complaintOf(messageId);
		assertThat(title(complaintId)).isEqualTo("Sampah menumpuk di pinggir sungai");
		assertThat(description(complaintId)).contains("diterima tetapi tidak disimpan")
			.contains("tidak dapat diambil dari platform WhatsApp");
		assertThat(attachments(complaintId)).isEmpty();
	}

	@Test
	void bytesThatAreNotTheFileTheMessageNamedAreNotKept() throws Exception {
		byte[] photo = jpeg(2_000);
		String mediaId = mediaId();
		platform.holdMedia(mediaId, "image/jpeg", photo);
		String messageId = messageId();

		webhook(FakeWhatsAppPlatform.incomingMedia(PHONE_NUMBER_ID, messageId, "6281333330008", "Warga", "image",
				mediaId, "image/jpeg", FakeWhatsAppPlatform.sha256Base64(jpeg(2_001)), null, "Trotoar rusak parah",
				Instant.now().getEpochSecond()));

		long complaintId = complaintOf(messageId);
		assertThat(attachments(complaintId)).isEmpty();
		assertThat(description(complaintId)).contains("diterima tetapi tidak disimpan");
	}

	@Test
	void aFileOverTheLimitIsNotFetchedNorStoredAndTheNoteSaysWhy() throws Exception {
		byte[] photo = jpeg(1_100_000);
		String mediaId = mediaId();
		platform.holdMedia(mediaId, "image/jpeg", photo);
		String messageId = messageId();

		webhook(photo(messageId, "6281333330006", mediaId, photo, "Foto banjir di RT 03"));

		long complaintId = complaintOf(messageId);
		assertThat(attachments(complaintId)).isEmpty();
		assertThat(description(complaintId)).contains("diterima tetapi tidak disimpan")
			.contains("terlalu besar; paling besar 1 MB");
		assertThat(platform.downloads(mediaId)).as("the declared size is enough to refuse it").isZero();
	}

	@Test
	void aFileOfAnotherTypeIsNotStoredAndTheThreadNoteSaysWhy() throws Exception {
		String from = "6281333330007";
		String first = messageId();
		webhook(FakeWhatsAppPlatform.incomingText(PHONE_NUMBER_ID, first, from, "Rina",
				"Pelayanan KTP di kecamatan lambat sekali.", Instant.now().getEpochSecond()));
		long complaintId = complaintOf(first);

		byte[] gif = "GIF89a not a photo the office keeps".getBytes(StandardCharsets.US_ASCII);
		String mediaId = mediaId();
		platform.holdMedia(mediaId, "image/gif", gif);
		String second = messageId();
		webhook(FakeWhatsAppPlatform.incomingMedia(PHONE_NUMBER_ID, second, from, "Rina", "image", mediaId,
				"image/gif", FakeWhatsAppPlatform.sha256Base64(gif), null, null, Instant.now().getEpochSecond()));

		assertThat(attachments(complaintId)).isEmpty();
		String fileName = "whatsapp-" + mediaId.substring(mediaId.length() - 8) + ".gif";
		assertThat(threads.forStaff(complaintId, staff.coordinator().actor()).messages())
			.anySatisfy(message -> assertThat(message.body()).contains("mengirim foto lewat WhatsApp tanpa teks")
				.contains("(" + fileName + ") diterima tetapi tidak disimpan")
				.contains("bukan JPEG, PNG, atau PDF"));
	}

	private static String photo(String messageId, String from, String mediaId, byte[] photo, String caption) {
		return FakeWhatsAppPlatform.incomingMedia(PHONE_NUMBER_ID, messageId, from, "Warga", "image", mediaId,
				"image/jpeg", FakeWhatsAppPlatform.sha256Base64(photo), null, caption, Instant.now().getEpochSecond());
	}

	/** Bytes a JPEG starts with, then filler: the attachment rules look at the first bytes. */
	private static byte[] jpeg(int size) {
		byte[] content = new byte[size];
		Arrays.fill(content, (byte) 0x5A);
		content[0] = (byte) 0xFF;
		content[1] = (byte) 0xD8;
		content[2] = (byte) 0xFF;
		return content;
	}

	private static byte[] pdf(int size) {
		byte[] content = new byte[size];
		Arrays.fill(content, (byte) ' ');
		System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, content, 0, 8);
		return content;
	}

	private static String mediaId() {
		return String.valueOf(1_000_000_000_000_000L + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000_000L));
	}

	private static String messageId() {
		return "wamid.IN" + UUID.randomUUID().toString().replace("-", "");
	}

	private long complaintOf(String messageId) {
		return jdbc.sql("select complaint_id from whatsapp_message where message_id = ?").param(messageId)
			.query(Long.class).single();
	}

	private String outcome(String messageId) {
		return jdbc.sql("select outcome from whatsapp_message where message_id = ?").param(messageId)
			.query(String.class).single();
	}

	private String title(long complaintId) {
		return jdbc.sql("select title from complaint where id = ?").param(complaintId).query(String.class).single();
	}

	private String description(long complaintId) {
		return jdbc.sql("select description from complaint where id = ?").param(complaintId).query(String.class).single();
	}

	private List<Map<String, Object>> attachments(long complaintId) {
		return jdbc.sql("select id, file_name, content_type, purpose from attachment where complaint_id = ? order by id")
			.param(complaintId).query().listOfRows();
	}

	private byte[] bytes(Map<String, Object> attachment) {
		return jdbc.sql("select content from attachment where id = ?").param(attachment.get("id"))
			.query((rs, row) -> rs.getBytes(1)).single();
	}

	private void webhook(String call) throws Exception {
		mvc.perform(post("/api/v1/whatsapp/webhook").contentType(MediaType.APPLICATION_JSON).content(call)
			.header("X-Hub-Signature-256", FakeWhatsAppPlatform.signature(APP_SECRET, call)))
			.andExpect(status().isOk());
	}
}
