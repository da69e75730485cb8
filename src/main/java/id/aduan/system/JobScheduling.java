package id.aduan.system;

import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * On a clean stop the scheduler waits for the jobs that are running (so that each lets its lease go
 * before the database closes), and for nothing else:
 * <ul>
 * <li>a cron or rate job's next run sits in the scheduler's queue as a delayed task, which Java's
 * scheduler would still run after shutdown; runs not yet started are dropped instead;</li>
 * <li>a stopped (paused) application, as the test framework leaves a context it is not using, holds
 * a worker that took a due run before starting it; shutting the pool down does not wake that worker,
 * so the stop would wait the whole {@code spring.task.scheduling.shutdown.await-termination-period}.
 * The scheduler is resumed when the application closes, so that the worker runs its job or, once the
 * pool is shut down, ends.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class JobScheduling {

	@Bean
	ThreadPoolTaskSchedulerCustomizer onlyRunningJobsAwaitedOnStop() {
		return scheduler -> {
			scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
			scheduler.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
		};
	}

	@Bean
	ApplicationListener<ContextClosedEvent> pausedJobsReleasedOnClose(ThreadPoolTaskScheduler scheduler) {
		return closed -> {
			if (!scheduler.isRunning()) {
				scheduler.start();
			}
		};
	}
}
