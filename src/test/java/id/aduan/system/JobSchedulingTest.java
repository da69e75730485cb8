package id.aduan.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ScheduledThreadPoolExecutor;

import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import id.aduan.AduanInstance;
import id.aduan.TestDatabase;

/**
 * A stopped Aduan (as the test framework leaves a context it is not using) whose scheduler holds a job
 * that fell due while stopped closes without waiting for it: when close returns, the scheduler's pool
 * has ended, rather than being left after the whole await period with a worker still waiting.
 */
class JobSchedulingTest {

	@Test
	void aStoppedInstanceWithADueJobClosesWithItsSchedulerEnded() throws InterruptedException {
		ScheduledThreadPoolExecutor pool;
		try (AduanInstance aduan = AduanInstance.start(TestDatabase.h2(), "--aduan.audit.sealing=true",
				"--aduan.audit.seal-every=PT0.1S", "--spring.task.scheduling.shutdown.await-termination-period=20s")) {
			pool = aduan.bean(ThreadPoolTaskScheduler.class).getScheduledThreadPoolExecutor();
			aduan.pause();
			while (pool.getActiveCount() == 0) {
				Thread.sleep(20);
			}
		}
		assertThat(pool.isTerminated()).as("no worker is left waiting after close").isTrue();
	}
}
