package id.aduan.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

import id.aduan.AduanTest;
import id.aduan.MutableClock;
import id.aduan.Staff;
import id.aduan.accounts.AccountManagement.AccountDraft;
import id.aduan.accounts.AccountManagement.OneTimeLogin;
import id.aduan.audit.AuditEntry;
import id.aduan.audit.AuditTrail;

/**
 * Guessing staff passwords: from the 10th failure in a row for one username within 15 minutes,
 * {@code POST /login} answers 429 with Retry-After for every password, until the window passes or the
 * administrator unlocks; one address failing for many usernames is stopped on its own; the owner's usual
 * address is not locked out by guesses from elsewhere. Each test uses addresses of its own, since the
 * database is shared.
 */
@AduanTest
class LoginThrottlingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Staff staff;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void fromTheTenthFailureEveryPasswordIsAnswered429WithRetryAfterAndTheLockIsAudited() throws Exception {
		OneTimeLogin owner = account();
		String attacker = address();
		for (int i = 1; i <= 9; i++) {
			login(owner.account().username(), "salah-" + i, attacker).andExpect(redirectedUrl("/login?error"));
		}

		login(owner.account().username(), "salah-10", attacker).andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(forwardedUrl("/login/terkunci"));
		long retryAfter = Long.parseLong(login(owner.account().username(), owner.password(), attacker)
			.andExpect(status().isTooManyRequests())
			.andReturn()
			.getResponse()
			.getHeader("Retry-After"));
		login(owner.account().username(), owner.password(), address()).andExpect(status().isTooManyRequests());

		assertThat(retryAfter).isBetween(1L, 900L);
		assertThat(audit.forSubject("login", owner.account().username())).extracting(AuditEntry::action)
			.containsExactly("LOGIN_LOCKED");
	}

	@Test
	void theAdministratorSeesTheLockAndLiftsIt() throws Exception {
		OneTimeLogin owner = account();
		String attacker = address();
		for (int i = 1; i <= 10; i++) {
			login(owner.account().username(), "salah-" + i, attacker);
		}
		StaffPrincipal admin = staff.admin();
		Document list = Jsoup.parse(mvc.perform(get("/admin/akun").with(user(admin)))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(list.select("#locked-" + owner.account().id()).text()).isEqualTo("Terkunci sementara");

		mvc.perform(post("/admin/akun/{id}/buka-kunci", owner.account().id()).with(user(admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/akun"));

		login(owner.account().username(), owner.password(), attacker).andExpect(redirectedUrl("/beranda"));
		assertThat(audit.forSubject("login", owner.account().username())).extracting(AuditEntry::action)
			.containsExactly("LOGIN_LOCKED", "LOGIN_UNLOCKED");
	}

	@Test
	void guessesFromElsewhereDoNotLockTheOwnerOutAtTheirUsualAddress() throws Exception {
		OneTimeLogin owner = account();
		String desk = address();
		login(owner.account().username(), owner.password(), desk).andExpect(redirectedUrl("/beranda"));

		String attacker = address();
		for (int i = 1; i <= 10; i++) {
			login(owner.account().username(), "salah-" + i, attacker);
		}

		login(owner.account().username(), owner.password(), attacker).andExpect(status().isTooManyRequests());
		login(owner.account().username(), owner.password(), desk).andExpect(redirectedUrl("/beranda"));
	}

	@Test
	void oneAddressFailingForManyUsernamesIsStoppedWithoutLockingThoseAccounts() throws Exception {
		String sprayer = address();
		for (int i = 1; i <= LoginThrottle.ADDRESS_LIMIT - 1; i++) {
			login("tebakan" + i + "." + UUID.randomUUID().toString().substring(0, 4), "1234567890", sprayer)
				.andExpect(redirectedUrl("/login?error"));
		}
		OneTimeLogin owner = account();

		login(owner.account().username(), "1234567890", sprayer).andExpect(status().isTooManyRequests());
		login(owner.account().username(), owner.password(), sprayer).andExpect(status().isTooManyRequests());
		login(owner.account().username(), owner.password(), address()).andExpect(redirectedUrl("/beranda"));
	}

	@Test
	void aLockEndsWhenItsFailuresLeaveTheFifteenMinuteWindow() {
		MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
		LoginThrottle throttle = new LoginThrottle(jdbc, clock, audit);
		String username = "jendela." + UUID.randomUUID().toString().substring(0, 6);
		String attacker = address();
		transactions.executeWithoutResult(tx -> {
			for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT; i++) {
				throttle.failed(username, attacker);
				clock.advance(Duration.ofSeconds(10));
			}
		});

		assertThat(throttle.refusal(username, attacker)).hasValueSatisfying(
				wait -> assertThat(wait).isEqualTo(Duration.ofMinutes(15).minusSeconds(100)));
		clock.advance(Duration.ofMinutes(15).minusSeconds(100));
		assertThat(throttle.refusal(username, attacker)).isEmpty();
	}

	private OneTimeLogin account() {
		return accounts.create(new AccountDraft("tebak." + UUID.randomUUID().toString().substring(0, 6), "Sasaran Tebakan",
				null, Role.HEAD, null, true));
	}

	private ResultActions login(String username, String password, String address) throws Exception {
		return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			}));
	}

	/** A documentation address (RFC 5737) of this test's own. */
	private static String address() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "198.51." + random.nextInt(256) + "." + random.nextInt(1, 255);
	}
}
