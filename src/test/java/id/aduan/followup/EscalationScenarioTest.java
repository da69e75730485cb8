package id.aduan.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;

import id.aduan.MutableClock;
import id.aduan.StartingClock;
import id.aduan.TestMail;
import id.aduan.accounts.AccountManagement;
import id.aduan.accounts.AccountManagement.AccountDraft;
import id.aduan.accounts.Role;
import id.aduan.accounts.StaffAccount;
import id.aduan.accounts.StaffPrincipal;
import id.aduan.calendar.Calendars;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceList;
import id.aduan.complaints.Arrival;
import id.aduan.complaints.Classification;
import id.aduan.complaints.ComplaintHandling;
import id.aduan.complaints.ComplaintQueries;
import id.aduan.complaints.ComplaintRegistration;
import id.aduan.complaints.Matter;
import id.aduan.complaints.NewComplaint;
import id.aduan.complaints.TrackingCode;

/**
 * A complaint left past its follow-up deadline, on a clock the test moves, with a real SMTP server
 * (GreenMail): two working days late nothing happens; at the set three it is raised to the head once, by
 * email and on the head's start page; later runs raise nothing again.
 */
@SpringBootTest(properties = { "aduan.followup.public-url=https://aduan.example.go.id",
		"aduan.followup.escalate-after-days=3",
		"test.clock.start=2026-11-30T00:00:00Z" })
@Import(StartingClock.class)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class EscalationScenarioTest {

	@RegisterExtension
	static GreenMailExtension mail = TestMail.smtpServer();

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		TestMail.sendThrough(mail, registry);
	}

	static final String HEAD = "kepala@dinsos.example.go.id";

	@Autowired
	MutableClock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	FollowUpJobs jobs;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ComplaintRegistration registration;

	@Autowired
	ComplaintHandling handling;

	@Autowired
	ComplaintQueries queries;

	@Autowired
	Calendars calendars;

	@Autowired
	Catalog catalog;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOverdueComplaintReachesTheHeadOnceByEmailAndOnTheHeadsStartPage() throws Exception {
		StaffAccount head = account("kepala.eskalasi", Role.HEAD, "DINSOS", HEAD);
		StaffAccount coordinator = account("koordinator.eskalasi", Role.COORDINATOR, "HUMAS", "koor.eskalasi@example.go.id");
		clock.setWit("2026-11-30T09:00");
		TrackingCode code = registration.register(NewComplaint.of(new Arrival(channel(), clock.instant(), null),
				Matter.of("Bantuan sembako tidak sampai", "Bantuan sembako bulan lalu tidak sampai ke desa kami.")),
				coordinator.asActor());
		long id = jdbc.sql("select id from complaint where tracking_code = ?").param(code.value()).query(Long.class).single();
		handling.verify(id, null, classification(), catalog.unitByCode("LINJAMSOS").orElseThrow().id(), null,
				coordinator.asActor());
		LocalDate due = jdbc.sql("select current_due from complaint where id = ?").param(id).query(LocalDate.class).single();

		// Two working days late: still the unit's and the coordinator's business.
		at(calendars.current().addWorkingDays(due, 2));
		runJobsTwice();
		assertThat(toHead(code)).isEmpty();

		// Three working days late: raised to the head, by email and on the page, once.
		at(calendars.current().addWorkingDays(due, 3));
		runJobsTwice();
		assertThat(toHead(code)).singleElement()
			.satisfies(message -> assertThat(message.getSubject())
				.isEqualTo("Eskalasi: pengaduan " + code.value() + " terlambat 3 hari kerja"));
		assertThat(GreenMailUtil.getBody(toHead(code).get(0)).replace("=\r\n", ""))
			.contains("Bidang Perlindungan dan Jaminan Sosial", "https://aduan.example.go.id/staf/pengaduan/" + id);

		Document start = Jsoup.parse(mvc.perform(get("/staf/pengaduan").with(user(principal(head))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(start.select("#escalated [data-code]").eachAttr("data-code")).contains(code.value());
		assertThat(start.select("#escalated [data-code=" + code.value() + "]").text()).contains("Terlambat 3 hari kerja");
		Document page = Jsoup.parse(mvc.perform(get("/staf/pengaduan/" + id).with(user(principal(coordinator))))
			.andReturn().getResponse().getContentAsString());
		assertThat(page.select("#escalated-at").text()).startsWith("Dinaikkan kepada Kepala");
		assertThat(page.select("#timeline li").eachText()).filteredOn(t -> t.contains("Dinaikkan kepada Kepala")).hasSize(1);

		// A week later, and on every run after: nothing is raised again.
		at(calendars.current().addWorkingDays(due, 8));
		runJobsTwice();
		assertThat(toHead(code)).hasSize(1);
		assertThat(jdbc.sql("select count(*) from complaint_event where complaint_id = ? and kind = 'ESCALATED'")
			.param(id).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from staff_notice where account_id = ? and kind = 'ESCALATED' and complaint_id = ?")
			.params(head.id(), id).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'COMPLAINT_ESCALATED' and subject_id = ?")
			.param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
	}

	private void at(LocalDate day) {
		clock.setWit(day + "T10:00");
	}

	private void runJobsTwice() {
		jobs.runAll();
		jobs.runAll();
	}

	private static List<MimeMessage> toHead(TrackingCode code) {
		return Arrays.stream(mail.getReceivedMessages()).filter(message -> {
			try {
				return message.getRecipients(Message.RecipientType.TO)[0].toString().equals(HEAD)
						&& message.getSubject().contains(code.value());
			}
			catch (jakarta.mail.MessagingException unreadable) {
				throw new IllegalStateException(unreadable);
			}
		}).toList();
	}

	private StaffAccount account(String username, Role role, String unit, String email) {
		return accounts.create(new AccountDraft(username, "Uji " + username, email, role,
				catalog.unitByCode(unit).orElseThrow().id(), true)).account();
	}

	private static StaffPrincipal principal(StaffAccount account) {
		return new StaffPrincipal(account.id(), account.username(), null, account.displayName(), account.role(),
				account.unitId(), true, false);
	}

	private long channel() {
		return catalog.itemByCode(ReferenceList.CHANNEL, "LETTER").orElseThrow().id();
	}

	private Classification classification() {
		return new Classification(catalog.itemByCode(ReferenceList.REPORT_TYPE, "PENGADUAN").orElseThrow().id(),
				catalog.itemByCode(ReferenceList.FORM, "A").orElseThrow().id(),
				catalog.itemByCode(ReferenceList.CATEGORY, "BANSOS").orElseThrow().id(), null);
	}
}
