package id.aduan.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import id.aduan.AduanInstance;
import id.aduan.TestDatabase;

/**
 * A stopped Aduan (as the test framework leaves a context it is not using) whose scheduler holds a job
 * that fell due while stopped closes without running it and without waiting for it: when close returns,
 * the scheduler's pool has ended and the job ran no more, rather than the close being held for the
 * whole await period by a worker still waiting, or by a job run against a database already going.
 */
class JobSchedulingTest {

	/** A job due every 50 ms that counts its runs. */
	@TestConfiguration
	static class CountingJob {

		static final AtomicInteger RUNS = new AtomicInteger();

		@Scheduled(fixedDelay = 50)
		void run() {
			RUNS.incrementAndGet();
		}
	}

	@Test
	void aStoppedInstanceWithADueJobClosesWithItsSchedulerEndedAndTheJobNotRunAgain() throws InterruptedException {
		ScheduledThreadPoolExecutor pool;
		int runsWhenStopped;
		try (AduanInstance aduan = AduanInstance.start(TestDatabase.h2(), new Class<?>[] { CountingJob.class },
				"--spring.task.scheduling.shutdown.await-termination-period=20s")) {
			pool = aduan.bean(ThreadPoolTaskScheduler.class).getScheduledThreadPoolExecutor();
			while (CountingJob.RUNS.get() == 0) {
				Thread.sleep(20);
			}
			aduan.pause();
			runsWhenStopped = CountingJob.RUNS.get();
			while (pool.getActiveCount() == 0) {
				Thread.sleep(20);
			}
		}
		assertThat(pool.isTerminated()).as("no worker is left waiting after close").isTrue();
		assertThat(CountingJob.RUNS.get()).as("the run that fell due while stopped did not start on close")
			.isEqualTo(runsWhenStopped);
	}
}
