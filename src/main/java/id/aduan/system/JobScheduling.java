package id.aduan.system;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * On a clean stop no new run of a job starts, and the runs already going are awaited (so that each lets
 * its lease go before the database closes), and nothing else is:
 * <ul>
 * <li>once the application closes, a run that falls due is skipped, whatever the job (those with a
 * lease and those without: the audit seal, the tally fold);</li>
 * <li>a job's next run sits in the scheduler's queue as a delayed task, which Java's scheduler would
 * still run after shutdown; runs not yet started are dropped instead;</li>
 * <li>a stopped (paused) application, as the test framework leaves a context it is not using, holds a
 * worker that took a due run before starting it; shutting the pool down does not wake that worker, so
 * the stop would wait the whole {@code spring.task.scheduling.shutdown.await-termination-period}. The
 * scheduler is resumed when the application closes, and the worker skips its run and ends.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class JobScheduling {

	private final AtomicBoolean closing = new AtomicBoolean();

	@Bean
	ThreadPoolTaskSchedulerCustomizer onlyRunningJobsAwaitedOnStop() {
		return scheduler -> {
			scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
			scheduler.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
			scheduler.setTaskDecorator(run -> () -> {
				if (!closing.get()) {
					run.run();
				}
			});
		};
	}

	@Bean
	ApplicationListener<ContextClosedEvent> noRunStartsOnceClosing(ThreadPoolTaskScheduler scheduler) {
		return closed -> {
			closing.set(true);
			if (!scheduler.isRunning()) {
				scheduler.start();
			}
		};
	}
}
