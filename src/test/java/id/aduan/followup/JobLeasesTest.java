package id.aduan.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import id.aduan.TestMail;
import id.aduan.system.JobLocks;

/**
 * Jobs and their leases: a running job's lease runs out within minutes (a killed instance blocks a job
 * only briefly), a finished job lets go of it, and a job stuck on the scheduler (a slow mailbox) does not
 * hold up the outbox.
 */
@SpringBootTest
@ActiveProfiles("test")
class JobLeasesTest {

	@RegisterExtension
	static GreenMailExtension mail = TestMail.smtpServer();

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		TestMail.sendThrough(mail, registry);
	}

	@Autowired
	JobLocks locks;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TaskScheduler scheduler;

	@Autowired
	FollowUpJobs jobs;

	@Test
	void aRunningJobsLeaseRunsOutWithinMinutesAndIsLetGoWhenTheJobEnds() throws Exception {
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Thread job = new Thread(() -> locks.runAlone("lease-test", () -> {
			started.countDown();
			await(release);
		}));
		job.start();
		assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

		assertThat(locks.runAlone("lease-test", () -> {
		})).as("a second run while the first holds the lease").isFalse();
		Duration lease = jdbc.sql("select locked_at, lock_until from shedlock where name = 'lease-test'")
			.query((rs, row) -> Duration.between(rs.getObject("locked_at", LocalDateTime.class),
					rs.getObject("lock_until", LocalDateTime.class)))
			.single();
		assertThat(lease).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(5));

		release.countDown();
		job.join();
		assertThat(locks.runAlone("lease-test", () -> {
		})).as("a run after the first ended").isTrue();
	}

	@Test
	void aJobStuckOnTheSchedulerDoesNotHoldUpTheOutbox() throws Exception {
		CountDownLatch slowStarted = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		jdbc.sql("""
				insert into notification (dedupe_key, kind, to_complainant, recipient, subject, body, status, attempts, created_at)
				values ('pool-test', 'RECEIPT', true, 'warga@example.id', 'Uji antrean', 'Isi', 'PENDING', 0, ?)""")
			.param(OffsetDateTime.now())
			.update();
		try {
			scheduler.schedule(() -> {
				slowStarted.countDown();
				await(release);
			}, Instant.now());
			assertThat(slowStarted.await(30, TimeUnit.SECONDS)).isTrue();

			scheduler.schedule(jobs::runAll, Instant.now());
			assertThat(mail.waitForIncomingEmail(30_000, 1)).as("the outbox sent while the slow job still ran").isTrue();
			assertThat(slowStarted.getCount()).isZero();
			assertThat(release.getCount()).as("the slow job had not been let go").isEqualTo(1);
		}
		finally {
			release.countDown();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}
}
