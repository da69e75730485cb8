package id.aduan.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import id.aduan.Browser;
import id.aduan.accounts.AccountManagement;
import id.aduan.accounts.AccountManagement.AccountDraft;
import id.aduan.accounts.AccountManagement.OneTimeLogin;
import id.aduan.accounts.Actor;
import id.aduan.accounts.Role;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceList;
import id.aduan.complaints.Arrival;
import id.aduan.complaints.Classification;
import id.aduan.complaints.Complainant;
import id.aduan.complaints.ComplaintHandling;
import id.aduan.complaints.ComplaintRegistration;
import id.aduan.complaints.Matter;
import id.aduan.complaints.NewComplaint;
import id.aduan.complaints.ReplyTemplates;
import id.aduan.complaints.TrackingCode;

/**
 * The inbox as a help desk in a real browser: the coordinator switches the inbox to the most urgent
 * first, finds the overdue complaint on top, routes it and assigns it to a named officer of the unit; the officer finds
 * it under "Pengaduan saya" and answers it from the unit's reply template.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.autoconfigure.exclude=")
@ActiveProfiles("test")
class HelpDeskStoryBrowserTest {

	static final String PASSWORD = "Kata-sandi-uji-2026";

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Catalog catalog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ComplaintRegistration registration;

	@Autowired
	ComplaintHandling handling;

	@Autowired
	ReplyTemplates replies;

	@BeforeAll
	static void needsChromium() {
		Browser.required();
	}

	@Test
	void theCoordinatorSortsByUrgencyAndAssignsTheOverdueComplaintToANamedOfficerWhoAnswersFromATemplate() {
		String marker = UUID.randomUUID().toString().substring(0, 6);
		OneTimeLogin coordinatorLogin = ready("koor.meja", Role.COORDINATOR, "HUMAS", "Uji Koordinator");
		OneTimeLogin officerLogin = ready("yohana", Role.UNIT_OFFICER, "LINJAMSOS", "Yohana Lesnussa " + marker);
		Actor coordinator = coordinatorLogin.account().asActor();
		TrackingCode late = verified("Surat lama bantuan " + marker, Instant.now().minus(40, ChronoUnit.DAYS), null,
				coordinator);
		TrackingCode fresh = verified("Surat baru bantuan " + marker, Instant.now(),
				catalog.unitByCode("LINJAMSOS").orElseThrow().id(), coordinator);
		replies.save(new ReplyTemplates.Draft(catalog.unitByCode("LINJAMSOS").orElseThrow().id(), "Sudah disalurkan " + marker,
				"Yth. {nama}, bantuan atas pengaduan {kode} telah disalurkan oleh {unit}."), coordinator);

		try (Browser browser = Browser.open(port)) {
			browser.login(coordinatorLogin.account().username(), PASSWORD);
			browser.go("/staf/pengaduan?sort=NEWEST&q=" + marker);
			assertThat(browser.all("#inbox tbody tr[data-code]").get(0).getAttribute("data-code")).isEqualTo(fresh.value());

			browser.choose("sort", "Paling mendesak").submit("#filters button[type=submit]");
			assertThat(browser.all("#inbox tbody tr[data-code]").get(0).getAttribute("data-code")).isEqualTo(late.value());
			assertThat(browser.text("#inbox tr[data-code='" + late.value() + "'] td[data-due] .badge")).startsWith("Terlambat");

			browser.click("#inbox tr[data-code='" + late.value() + "'] a.tracking-code")
				.click("#action-ROUTE summary")
				.choose("unitId", "— Bidang Perlindungan dan Jaminan Sosial")
				.submit("#action-ROUTE button[type=submit]");
			browser.click("#action-ASSIGN summary")
				.choose("officerId", "Yohana Lesnussa " + marker)
				.submit("#action-ASSIGN button[type=submit]");
			assertThat(browser.text("#assignee-name")).isEqualTo("Yohana Lesnussa " + marker);

			browser.login(officerLogin.account().username(), PASSWORD);
			browser.go("/staf/pengaduan").click("#mine-link");
			assertThat(browser.all("#inbox tbody tr[data-code]")).extracting(row -> row.getAttribute("data-code"))
				.containsExactly(late.value());
			browser.click("#inbox tr[data-code='" + late.value() + "'] a.tracking-code")
				.click("#action-ANSWER summary")
				.choose("templat", "Sudah disalurkan " + marker + " (Bidang Perlindungan dan Jaminan Sosial)")
				.submit("#reply-template button[type=submit]");
			assertThat(browser.find("#action-ANSWER textarea[name=answer]").getAttribute("value"))
				.isEqualTo("Yth. Petrus Nurlatu, bantuan atas pengaduan " + late.value()
						+ " telah disalurkan oleh Bidang Perlindungan dan Jaminan Sosial.");
			browser.submit("#action-ANSWER form[method=post] button[type=submit]");
			assertThat(browser.text("#status-badge")).isEqualTo("Telah ditanggapi");
			assertThat(browser.text("#answer")).contains("telah disalurkan oleh Bidang Perlindungan dan Jaminan Sosial");
		}
	}

	/** A complaint received at {@code receivedAt}, verified now, and routed to {@code unitId} when one is given. */
	private TrackingCode verified(String title, Instant receivedAt, Long unitId, Actor coordinator) {
		TrackingCode code = registration.register(NewComplaint
			.of(new Arrival(item(ReferenceList.CHANNEL, "LETTER"), receivedAt, null),
					Matter.of(title, "Bantuan sosial bulan lalu belum diterima keluarga kami."))
			.from(new Complainant("Petrus Nurlatu", null, null, null), false, false), coordinator);
		long id = jdbc.sql("select id from complaint where tracking_code = ?").param(code.value()).query(Long.class).single();
		handling.verify(id, null, new Classification(item(ReferenceList.REPORT_TYPE, "PENGADUAN"),
				item(ReferenceList.FORM, "A"), item(ReferenceList.CATEGORY, "BANSOS"), null),
				unitId, null, coordinator);
		return code;
	}

	private long item(ReferenceList list, String code) {
		return catalog.itemByCode(list, code).orElseThrow().id();
	}

	/** An account with a display name whose owner has already set their own password. */
	private OneTimeLogin ready(String prefix, Role role, String unitCode, String name) {
		OneTimeLogin login = accounts.create(new AccountDraft(prefix + "." + UUID.randomUUID().toString().substring(0, 6),
				name, null, role, catalog.unitByCode(unitCode).orElseThrow().id(), true));
		accounts.changePassword(login.account().id(), login.password(), PASSWORD, PASSWORD);
		return login;
	}
}
