package id.aduan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import id.aduan.accounts.AccountManagement;
import id.aduan.accounts.AccountManagement.AccountDraft;
import id.aduan.accounts.Role;
import id.aduan.audit.AuditSealing;
import id.aduan.audit.AuditVerification;
import id.aduan.audit.ChainReport;
import id.aduan.catalog.Catalog;
import id.aduan.complaints.TrackingCode;
import id.aduan.followup.FollowUpJobs;
import id.aduan.intake.mail.MailJobs;

/**
 * Two Aduan instances behind one imaginary load balancer, on one PostgreSQL database and one mail
 * server (GreenMail, SMTP and IMAP), each with its own beans, pool and web server: a login made on
 * one is honoured by the other (sessions in the database), jobs run on both at the same moments and
 * still every reminder and receipt is sent once, and both sealing the audit trail keeps one chain.
 *
 * <p>Both instances also read the same mailbox ({@link #MAILBOX}, over IMAP) and accept the same mail
 * pipe: each incoming message becomes one complaint, whichever instance takes it and however often.
 */
class TwoInstancesTest {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(
			new ServerSetup[] { ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort() })
		.withPerMethodLifecycle(false);

	/** The office's mailbox that complaints by email arrive in (for the poller of issue 7). */
	static final String MAILBOX = "pengaduan@dinsos.example.go.id";

	static final String COORDINATOR = "koordinator@dinsos.example.go.id";

	static final String PIPE_TOKEN = "token-pipa-dua-instans";

	/** The clock both servers read, as two machines synchronised by NTP do. */
	static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-30T00:00:00Z"));

	static TestDatabase database;

	static AduanInstance first;

	static AduanInstance second;

	@Configuration(proxyBeanMethods = false)
	static class SharedClock {

		@Bean
		@Primary
		MutableClock sharedClock() {
			return CLOCK;
		}
	}

	@BeforeAll
	static void startTwoInstances() {
		mail.setUser(MAILBOX, MAILBOX, "rahasia-kotak-surat");
		database = TestPostgres.newDatabase();
		first = AduanInstance.web(database, new Class<?>[] { SharedClock.class }, settings());
		second = AduanInstance.web(database, new Class<?>[] { SharedClock.class }, settings());
	}

	@AfterAll
	static void stopThem() {
		if (second != null) {
			second.close();
		}
		if (first != null) {
			first.close();
		}
	}

	/** Everything both instances are started with: sessions in the database, the mail servers. */
	static String[] settings() {
		return new String[] { "--spring.autoconfigure.exclude=", "--spring.mail.host=localhost",
				"--spring.mail.port=" + mail.getSmtp().getPort(),
				"--aduan.followup.public-url=https://aduan.example.go.id", "--aduan.mail.intake.host=localhost",
				"--aduan.mail.intake.port=" + mail.getImap().getPort(), "--aduan.mail.intake.protocol=imap",
				"--aduan.mail.intake.username=" + MAILBOX, "--aduan.mail.intake.password=rahasia-kotak-surat",
				"--aduan.mail.intake.scheduled=false", "--aduan.mail.intake.pipe-token=" + PIPE_TOKEN };
	}

	@Test
	void eachIncomingMailBecomesOneComplaintThoughBothInstancesTakeIt() throws Exception {
		String run = Long.toString(System.nanoTime());
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			ids.add("<surel-" + i + "-" + run + "@warga.example.id>");
			Transport.send(citizenMail(ids.get(i), "warga" + i + "@warga.example.id", "Bantuan sosial belum diterima " + i));
		}
		String piped = "<pipa-" + run + "@warga.example.id>";
		ids.add(piped);
		MimeMessage both = citizenMail(piped, "warga.pipa@warga.example.id", "Data DTKS belum diperbarui");
		Transport.send(both);
		ByteArrayOutputStream raw = new ByteArrayOutputStream();
		both.writeTo(raw);

		ExecutorService threads = Executors.newFixedThreadPool(6);
		try {
			List<Future<?>> runs = new ArrayList<>();
			for (AduanInstance instance : List.of(first, second)) {
				runs.add(threads.submit(() -> instance.bean(MailJobs.class).pollNow()));
				runs.add(threads.submit(() -> pipe(instance, raw.toByteArray())));
				runs.add(threads.submit(() -> pipe(instance, raw.toByteArray())));
			}
			for (Future<?> each : runs) {
				each.get(60, TimeUnit.SECONDS);
			}
			first.bean(MailJobs.class).pollNow();
			second.bean(MailJobs.class).pollNow();
		}
		finally {
			threads.shutdownNow();
		}

		for (String id : ids) {
			String bare = id.substring(1, id.length() - 1);
			assertThat(first.jdbc().sql("select count(*) from complaint where channel_reference like :id")
				.param("id", "%" + bare + "%").query(Long.class).single()).as("complaints made of " + id).isEqualTo(1);
		}
	}

	@Test
	void aLoginOnOneInstanceIsHonouredByTheOtherUntilLogout() throws Exception {
		AccountManagement accounts = first.bean(AccountManagement.class);
		AccountManagement.OneTimeLogin login = accounts.create(new AccountDraft("koordinator.dua", "Koordinator Dua",
				null, Role.COORDINATOR, first.bean(Catalog.class).unitByCode("HUMAS").orElseThrow().id(), true));
		accounts.changePassword(login.account().id(), login.password(), "Kata-sandi-panjang-42", "Kata-sandi-panjang-42");
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		String form = browser.send(HttpRequest.newBuilder(URI.create(first.url("/login"))).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		String csrf = Jsoup.parse(form).select("input[name=_csrf]").val();
		HttpResponse<String> loggedIn = browser.send(post(first.url("/login"),
				Map.of("username", "koordinator.dua", "password", "Kata-sandi-panjang-42", "_csrf", csrf)),
				HttpResponse.BodyHandlers.ofString());
		assertThat(loggedIn.headers().firstValue("Location")).get().asString().endsWith("/beranda");

		HttpResponse<String> onTheOther = browser.send(
				HttpRequest.newBuilder(URI.create(second.url("/staf/pengaduan"))).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(onTheOther.statusCode()).isEqualTo(200);
		assertThat(onTheOther.body()).contains("Koordinator Dua");
		assertThat(first.jdbc().sql("select count(*) from spring_session where principal_name = 'koordinator.dua'")
			.query(Long.class).single()).isEqualTo(1);

		String page = onTheOther.body();
		String logoutToken = Jsoup.parse(page).select("form[action$=/logout] input[name=_csrf]").val();
		browser.send(post(second.url("/logout"), Map.of("_csrf", logoutToken)), HttpResponse.BodyHandlers.discarding());
		HttpResponse<Void> afterLogout = browser.send(
				HttpRequest.newBuilder(URI.create(first.url("/staf/pengaduan"))).build(), HttpResponse.BodyHandlers.discarding());
		assertThat(afterLogout.statusCode()).isEqualTo(302);
		assertThat(afterLogout.headers().firstValue("Location")).get().asString().endsWith("/login");
	}

	@Test
	void eachReminderAndReceiptIsSentOnceThoughBothInstancesRunTheJobs() throws Exception {
		AccountManagement accounts = first.bean(AccountManagement.class);
		accounts.create(new AccountDraft("koordinator.surel", "Koordinator Surel", COORDINATOR, Role.COORDINATOR,
				first.bean(Catalog.class).unitByCode("HUMAS").orElseThrow().id(), true));
		CLOCK.setWit("2026-11-30T09:00");
		List<TrackingCode> codes = new ArrayList<>(SampleComplaints.register(first, 3));
		codes.addAll(SampleComplaints.register(second, 3));
		List<String> unverified = first.jdbc().sql("select tracking_code from complaint where status = 'RECEIVED'")
			.query(String.class).list();

		runJobsOnBothAtOnce();
		CLOCK.setWit("2026-12-02T08:00");
		runJobsOnBothAtOnce();
		CLOCK.setWit("2026-12-03T16:30");
		runJobsOnBothAtOnce();

		Map<String, Long> sent = received().stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		assertThat(sent).as("emails sent more than once").allSatisfy((email, times) -> assertThat(times).isEqualTo(1L));
		for (TrackingCode code : codes) {
			assertThat(sent.keySet()).as("the receipt of " + code.value())
				.anyMatch(email -> email.contains("Pengaduan Anda telah diterima (" + code.value() + ")"));
		}
		for (String code : unverified) {
			assertThat(sent.keySet()).as("the reminder and the overdue notice of " + code)
				.contains(COORDINATOR + " | Pengingat: verifikasi pengaduan " + code + " paling lambat Kamis, 3 Desember 2026",
						COORDINATOR + " | Terlambat: pengaduan " + code + " melewati batas verifikasi");
		}
	}

	@Test
	void bothInstancesSealingTheAuditTrailKeepOneChain() throws Exception {
		SampleComplaints.register(first, 2);
		SampleComplaints.register(second, 2);
		ExecutorService both = Executors.newFixedThreadPool(2);
		try {
			Future<?> one = both.submit(() -> first.bean(AuditSealing.class).sealPending());
			Future<?> two = both.submit(() -> second.bean(AuditSealing.class).sealPending());
			one.get(60, TimeUnit.SECONDS);
			two.get(60, TimeUnit.SECONDS);
		}
		finally {
			both.shutdownNow();
		}
		ChainReport chain = second.bean(AuditVerification.class).verify(Optional.empty());
		assertThat(chain.intact()).as(chain.toString()).isTrue();
		assertThat(chain.unsealed()).isZero();
	}

	/** Two threads on each instance run every job at the same moment, as their schedulers may. */
	private static void runJobsOnBothAtOnce() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> runs = new ArrayList<>();
			for (AduanInstance instance : List.of(first, second, first, second)) {
				runs.add(threads.submit(() -> instance.bean(FollowUpJobs.class).runAll()));
			}
			for (Future<?> run : runs) {
				run.get(60, TimeUnit.SECONDS);
			}
			first.bean(FollowUpJobs.class).runAll();
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static MimeMessage citizenMail(String messageId, String from, String subject) throws Exception {
		MimeMessage message = new MimeMessage(GreenMailUtil.getSession(mail.getSmtp().getServerSetup())) {
			@Override
			protected void updateMessageID() throws MessagingException {
				setHeader("Message-ID", messageId);
			}
		};
		message.setFrom(new InternetAddress(from));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(MAILBOX));
		message.setSubject(subject, "UTF-8");
		message.setSentDate(new java.util.Date());
		message.setText(subject + ": sudah tiga bulan belum ada kabar dari desa.", "UTF-8");
		message.saveChanges();
		return message;
	}

	/** Hands a raw message to an instance's mail pipe, as a mail server delivering to a program does. */
	private static int pipe(AduanInstance instance, byte[] raw) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(instance.url("/api/v1/mail/inbound")))
			.header("Content-Type", "message/rfc822").header("Authorization", "Bearer " + PIPE_TOKEN)
			.POST(HttpRequest.BodyPublishers.ofByteArray(raw)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	/** Every email GreenMail received, as "recipient | subject". */
	private static List<String> received() throws Exception {
		List<String> emails = new ArrayList<>();
		for (MimeMessage message : mail.getReceivedMessages()) {
			emails.add(message.getRecipients(Message.RecipientType.TO)[0] + " | " + message.getSubject());
		}
		return emails;
	}

	private static HttpRequest post(String url, Map<String, String> form) {
		String body = form.entrySet().stream()
			.map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}
}
