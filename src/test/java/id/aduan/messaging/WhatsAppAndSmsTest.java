package id.aduan.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
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

import com.jayway.jsonpath.JsonPath;

import id.aduan.Staff;
import id.aduan.accounts.Actor;
import id.aduan.accounts.StaffPrincipal;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceList;
import id.aduan.complaints.Arrival;
import id.aduan.complaints.Classification;
import id.aduan.complaints.Complainant;
import id.aduan.complaints.ComplaintHandling;
import id.aduan.complaints.ComplaintRegistration;
import id.aduan.complaints.Matter;
import id.aduan.complaints.NewComplaint;
import id.aduan.complaints.Receipt;
import id.aduan.conversations.ComplaintThreads;
import id.aduan.followup.FollowUpJobs;

/**
 * WhatsApp and SMS against a local server that speaks the platforms' published formats: the
 * complainant who agreed hears of receipt and answer by WhatsApp (the access key in the message, never
 * left in the database), by SMS when only the gateway is on; a failed send is tried again; the
 * platform's delivery reports land on the message; an incoming WhatsApp message becomes a complaint or
 * joins the sender's open one, once however often the webhook delivers it; a call without the app
 * secret's signature is refused and stores nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class WhatsAppAndSmsTest {

	static final String TOKEN = "EAAG-test-token";

	static final String APP_SECRET = "app-secret-for-tests";

	static final String VERIFY_TOKEN = "verify-aduan-42";

	static final String SMS_CREDENTIAL = "Bearer sms-key-7";

	static final String PHONE_NUMBER_ID = "106540352242922";

	static final FakeWhatsAppPlatform platform = FakeWhatsAppPlatform.started(TOKEN);

	@DynamicPropertySource
	static void platforms(DynamicPropertyRegistry registry) {
		registry.add("aduan.messaging.whatsapp.api-url", platform::apiUrl);
		registry.add("aduan.messaging.whatsapp.access-token", () -> TOKEN);
		registry.add("aduan.messaging.whatsapp.app-secret", () -> APP_SECRET);
		registry.add("aduan.messaging.whatsapp.verify-token", () -> VERIFY_TOKEN);
		registry.add("aduan.messaging.sms.credential", () -> SMS_CREDENTIAL);
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
	FollowUpJobs jobs;

	@Autowired
	ComplaintRegistration registration;

	@Autowired
	ComplaintHandling handling;

	@Autowired
	ComplaintThreads threads;

	@Autowired
	Catalog catalog;

	@Autowired
	Staff staff;

	@Test
	void withBothSwitchedOffNothingGoesToPhonesAndTheWebhookIsClosed() throws Exception {
		switchOn(false, false);
		assertThat(setup.channel()).isEmpty();
		Receipt receipt = register("081311110001", true);
		jobs.runAll();
		assertThat(notices(receipt.complaintId(), "WHATSAPP")).isEmpty();
		mvc.perform(get("/api/v1/whatsapp/webhook").param("hub.mode", "subscribe")
			.param("hub.verify_token", VERIFY_TOKEN).param("hub.challenge", "1158201444"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/pengaduan/baru")).andExpect(content().string(not(containsString("complainant.phoneNotices"))));
	}

	@Test
	void theReceiptAndTheAnswerGoByWhatsAppToAComplainantWhoAgreed() throws Exception {
		switchOn(true, false);
		Receipt receipt = register("0813-1111-0002", true);
		String code = receipt.trackingCode().value();
		jobs.runAll();

		List<FakeWhatsAppPlatform.Received> sent = platform.received("/" + FakeWhatsAppPlatform.VERSION, "6281311110002");
		assertThat(sent).hasSize(1);
		FakeWhatsAppPlatform.Received request = sent.get(0);
		assertThat(request.path()).isEqualTo("/" + FakeWhatsAppPlatform.VERSION + "/" + PHONE_NUMBER_ID + "/messages");
		assertThat(request.header("Authorization")).isEqualTo("Bearer " + TOKEN);
		assertThat((String) JsonPath.read(request.body(), "$.messaging_product")).isEqualTo("whatsapp");
		assertThat((String) JsonPath.read(request.body(), "$.to")).isEqualTo("6281311110002");
		assertThat((String) JsonPath.read(request.body(), "$.type")).isEqualTo("template");
		assertThat((String) JsonPath.read(request.body(), "$.template.name")).isEqualTo("aduan_tanda_terima");
		assertThat((String) JsonPath.read(request.body(), "$.template.language.code")).isEqualTo("id");
		List<String> parameters = JsonPath.read(request.body(), "$.template.components[0].parameters[*].text");
		assertThat(parameters).containsExactly("Warga Uji", code, receipt.accessKey().value(),
				"http://localhost:8080/lacak/" + code);

		Map<String, Object> stored = notices(receipt.complaintId(), "WHATSAPP").get(0);
		assertThat(stored.get("status")).isEqualTo("SENT");
		assertThat(stored.get("provider_id")).asString().startsWith("wamid.");
		assertThat(stored.get("access_key")).as("the key is gone once sent").isNull();
		assertThat(stored.get("body")).asString().contains("{kunci}").doesNotContain(receipt.accessKey().value());

		// The platform reports the receipt delivered, then read; a late "delivered" does not undo "read".
		String wamid = (String) stored.get("provider_id");
		webhook(FakeWhatsAppPlatform.status(PHONE_NUMBER_ID, wamid, "delivered", "6281311110002", 1_800_000_000L));
		webhook(FakeWhatsAppPlatform.status(PHONE_NUMBER_ID, wamid, "read", "6281311110002", 1_800_000_060L));
		webhook(FakeWhatsAppPlatform.status(PHONE_NUMBER_ID, wamid, "delivered", "6281311110002", 1_800_000_000L));
		assertThat(notices(receipt.complaintId(), "WHATSAPP").get(0).get("delivery_status")).isEqualTo("read");

		// The office answers: the answer goes by WhatsApp too, with the answer's text on one line.
		StaffPrincipal coordinator = staff.coordinator();
		handling.verify(receipt.complaintId(), null, classification(), staff.unitId("LINJAMSOS"), null,
				coordinator.actor());
		handling.answer(receipt.complaintId(), null, "Bantuan telah disalurkan.\nSilakan cek rekening KKS Anda.",
				staff.unitOfficer("LINJAMSOS").actor());
		jobs.runAll();
		FakeWhatsAppPlatform.Received answer = platform.received("/" + FakeWhatsAppPlatform.VERSION, "6281311110002").get(1);
		assertThat((String) JsonPath.read(answer.body(), "$.template.name")).isEqualTo("aduan_tanggapan");
		List<String> answerParameters = JsonPath.read(answer.body(), "$.template.components[0].parameters[*].text");
		assertThat(answerParameters.get(1)).isEqualTo(code);
		assertThat(answerParameters.get(2)).isEqualTo("Bantuan telah disalurkan. Silakan cek rekening KKS Anda.");

		// The complaint's page shows both messages with what the platform reported.
		mvc.perform(get("/staf/pengaduan/{id}/pemberitahuan", receipt.complaintId()).with(user(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("WhatsApp")))
			.andExpect(content().string(containsString("dibaca")))
			.andExpect(content().string(containsString("Tanggapan")));
	}

	@Test
	void aComplainantWhoDidNotAgreeGetsNothingOnTheirPhone() {
		switchOn(true, false);
		Receipt receipt = register("081311110003", false);
		jobs.runAll();
		assertThat(notices(receipt.complaintId(), "WHATSAPP")).isEmpty();
	}

	@Test
	void anSmsGoesThroughTheGatewayWhenOnlySmsIsOn() {
		switchOn(false, true);
		Receipt receipt = register("+62 813 1111 0004", true);
		jobs.runAll();

		List<FakeWhatsAppPlatform.Received> sent = platform.received("/sms", "6281311110004");
		assertThat(sent).hasSize(1);
		FakeWhatsAppPlatform.Received sms = sent.get(0);
		assertThat(sms.method()).isEqualTo("POST");
		assertThat(sms.header("Authorization")).isEqualTo(SMS_CREDENTIAL);
		assertThat(sms.header("Content-Type")).startsWith("application/json");
		assertThat((String) JsonPath.read(sms.body(), "$.to")).isEqualTo("6281311110004");
		assertThat((String) JsonPath.read(sms.body(), "$.message")).contains(receipt.trackingCode().value())
			.contains(receipt.accessKey().value());
		Map<String, Object> stored = notices(receipt.complaintId(), "SMS").get(0);
		assertThat(stored.get("status")).isEqualTo("SENT");
		assertThat(stored.get("access_key")).isNull();
	}

	@Test
	void aFailedSendIsTriedAgainOnTheNextRun() {
		switchOn(true, false);
		platform.failNext("6281311110005", 500, 131000, "Something went wrong");
		Receipt receipt = register("081311110005", true);

		jobs.runAll();
		Map<String, Object> first = notices(receipt.complaintId(), "WHATSAPP").get(0);
		assertThat(first.get("status")).isEqualTo("PENDING");
		assertThat(first.get("attempts")).isEqualTo(1);
		assertThat(first.get("last_error")).asString().contains("HTTP 500").contains("131000");
		assertThat(first.get("access_key")).as("kept for the next attempt").isEqualTo(receipt.accessKey().value());

		jobs.runAll();
		Map<String, Object> second = notices(receipt.complaintId(), "WHATSAPP").get(0);
		assertThat(second.get("status")).isEqualTo("SENT");
		assertThat(second.get("attempts")).isEqualTo(2);
		assertThat(platform.received("/" + FakeWhatsAppPlatform.VERSION, "6281311110005")).hasSize(2);
	}

	@Test
	void anIncomingMessageBecomesAComplaintOnceAndTheNextJoinsItsThread() throws Exception {
		switchOn(true, false);
		String from = "6281322220001";
		String id = "wamid.IN" + UUID.randomUUID().toString().replace("-", "");
		String call = FakeWhatsAppPlatform.incomingText(PHONE_NUMBER_ID, id, from, "Siti Aminah",
				"Bantuan PKH bulan ini belum cair. Mohon dibantu, terima kasih.", Instant.now().getEpochSecond());

		webhook(call);
		webhook(call);
		List<Long> complaints = jdbc.sql("select complaint_id from whatsapp_message where message_id = ?")
			.param(id)
			.query(Long.class)
			.list();
		assertThat(complaints).hasSize(1);
		long complaintId = complaints.get(0);
		Map<String, Object> complaint = jdbc
			.sql("select title, description, complainant_name, complainant_phone, complainant_phone_notices, channel_reference"
					+ " from complaint where id = ?")
			.param(complaintId)
			.query()
			.singleRow();
		assertThat(complaint.get("channel_reference")).isEqualTo(id);
		assertThat(complaint.get("complainant_name")).isEqualTo("Siti Aminah");
		assertThat(complaint.get("complainant_phone")).isEqualTo("+" + from);
		assertThat(complaint.get("complainant_phone_notices")).isEqualTo(true);
		assertThat(complaint.get("title")).isEqualTo("Bantuan PKH bulan ini belum cair. Mohon dibantu, terima kasih.");
		assertThat(jdbc.sql("select count(*) from complaint where channel_reference = ?").param(id).query(Long.class).single())
			.as("a repeated delivery makes nothing twice")
			.isEqualTo(1L);
		assertThat(notices(complaintId, "WHATSAPP")).as("one receipt, by WhatsApp").hasSize(1);

		String next = "wamid.IN" + UUID.randomUUID().toString().replace("-", "");
		webhook(FakeWhatsAppPlatform.incomingText(PHONE_NUMBER_ID, next, from, "Siti Aminah",
				"Ini nomor KKS saya: 1234", Instant.now().getEpochSecond()));
		assertThat(jdbc.sql("select complaint_id from whatsapp_message where message_id = ?").param(next)
			.query(Long.class).single()).isEqualTo(complaintId);
		assertThat(threads.forStaff(complaintId, staff.coordinator().actor()).messages())
			.anySatisfy(message -> assertThat(message.body()).isEqualTo("Ini nomor KKS saya: 1234"));
	}

	@Test
	void aCallWithoutTheAppSecretsSignatureIsRefusedAndStoresNothing() throws Exception {
		switchOn(true, false);
		String id = "wamid.BAD" + UUID.randomUUID().toString().replace("-", "");
		String call = FakeWhatsAppPlatform.incomingText(PHONE_NUMBER_ID, id, "6281322220002", "Penyusup",
				"Pesan palsu yang tidak ditandatangani platform.", Instant.now().getEpochSecond());

		mvc.perform(post("/api/v1/whatsapp/webhook").contentType(MediaType.APPLICATION_JSON).content(call)
			.header("X-Hub-Signature-256", FakeWhatsAppPlatform.signature("another-secret", call)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/whatsapp/webhook").contentType(MediaType.APPLICATION_JSON).content(call))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from whatsapp_message where message_id = ?").param(id).query(Long.class).single())
			.isZero();
		assertThat(jdbc.sql("select count(*) from complaint where channel_reference = ?").param(id).query(Long.class).single())
			.isZero();
	}

	@Test
	void theWebhookIsVerifiedOnlyWithTheVerifyToken() throws Exception {
		switchOn(true, false);
		mvc.perform(get("/api/v1/whatsapp/webhook").param("hub.mode", "subscribe")
			.param("hub.verify_token", VERIFY_TOKEN).param("hub.challenge", "1158201444"))
			.andExpect(status().isOk())
			.andExpect(content().string("1158201444"));
		mvc.perform(get("/api/v1/whatsapp/webhook").param("hub.mode", "subscribe")
			.param("hub.verify_token", "wrong").param("hub.challenge", "1158201444"))
			.andExpect(status().isForbidden());
	}

	@Test
	void theCitizenFormAsksForConsentAndANumberToGoWithIt() throws Exception {
		switchOn(true, false);
		mvc.perform(get("/pengaduan/baru"))
			.andExpect(content().string(containsString("Kirim pemberitahuan ke WhatsApp/SMS")));
		mvc.perform(post("/pengaduan/baru").with(csrf())
			.param("title", "Jalan rusak")
			.param("description", "Jalan menuju kantor desa rusak parah sejak bulan lalu.")
			.param("complainant.phoneNotices", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Isi nomor ponsel untuk menerima pemberitahuan")));
		String code = (String) mvc.perform(post("/pengaduan/baru").with(csrf())
			.param("title", "Jalan rusak")
			.param("description", "Jalan menuju kantor desa rusak parah sejak bulan lalu.")
			.param("complainant.phone", "081311110006")
			.param("complainant.phoneNotices", "true"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getFlashMap()
			.get("trackingCode");
		assertThat(jdbc.sql("select complainant_phone_notices from complaint where tracking_code = ?").param(code)
			.query(Boolean.class).single()).isTrue();
	}

	@Test
	void theApiTakesConsentOnlyWithAMobileNumber() throws Exception {
		mvc.perform(post("/api/v1/public/complaints").header("Idempotency-Key", UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title": "Air bersih tidak mengalir",
					 "description": "Sudah tiga hari air bersih di desa kami tidak mengalir.",
					 "complainant": {"name": "Yosina", "phoneNotices": true}}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("complainant.phone")));
	}

	@Test
	void switchingWhatsAppOnWithoutItsPhoneNumberIdIsRefusedNamingTheField() throws Exception {
		mvc.perform(post("/admin/whatsapp-sms").with(csrf()).with(user(staff.admin()))
			.param("whatsappEnabled", "true")
			.param("whatsappPhoneNumberId", "")
			.param("whatsappLanguage", "id")
			.param("smsMethod", "POST")
			.param("smsContentType", "application/json")
			.param("smsBody", "{}")
			.param("smsAuthHeader", "Authorization"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Isi ID nomor telepon sebelum mengaktifkan WhatsApp.")));
		mvc.perform(get("/admin/whatsapp-sms").with(user(staff.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("tersetel")))
			.andExpect(content().string(not(containsString(TOKEN))))
			.andExpect(content().string(not(containsString(APP_SECRET))));
	}

	private void switchOn(boolean whatsapp, boolean sms) {
		MessagingSettings current = setup.settings();
		setup.save(new MessagingSettings(whatsapp, PHONE_NUMBER_ID, "id", sms, platform.smsUrl(), "POST",
				"application/json", "{\"to\": \"{nomor}\", \"message\": \"{pesan}\"}", "Authorization"),
				setup.texts(), "admin.uji");
		assertThat(current).isNotNull();
	}

	private Receipt register(String phone, boolean agreed) {
		long channel = catalog.itemByCode(ReferenceList.CHANNEL, "WEB_FORM").orElseThrow().id();
		return registration.registerWithReceipt(NewComplaint
			.of(Arrival.by(channel), Matter.of("Bantuan PKH belum diterima", "Bantuan PKH tahap IV belum masuk ke rekening."))
			.from(new Complainant("Warga Uji", phone, null, null, agreed)), Actor.citizen("Warga Uji"));
	}

	private List<Map<String, Object>> notices(long complaintId, String medium) {
		return jdbc.sql("select * from notification where complaint_id = ? and medium = ? order by id")
			.params(complaintId, medium)
			.query()
			.listOfRows();
	}

	private void webhook(String call) throws Exception {
		mvc.perform(post("/api/v1/whatsapp/webhook").contentType(MediaType.APPLICATION_JSON).content(call)
			.header("X-Hub-Signature-256", FakeWhatsAppPlatform.signature(APP_SECRET, call)))
			.andExpect(status().isOk());
	}

	private Classification classification() {
		return new Classification(catalog.itemByCode(ReferenceList.REPORT_TYPE, "PENGADUAN").orElseThrow().id(),
				catalog.itemByCode(ReferenceList.FORM, "A").orElseThrow().id(),
				catalog.itemByCode(ReferenceList.CATEGORY, "BANSOS").orElseThrow().id(), null);
	}
}
