package id.aduan.system;

import java.time.Duration;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every job of Aduan (the outbox, the mailbox poll, reminders, closures) runs on one instance at a
 * time, through a ShedLock lease in table {@code shedlock}, taken and compared on the database's clock
 * (so the instances' clocks do not matter). The lease runs out after {@link #AT_MOST} whatever happens
 * to its holder: an instance killed in the middle of a job holds it that long at most, and one stopped
 * cleanly lets it go when the job ends (the scheduler waits for running jobs before the database
 * closes, see {@code spring.task.scheduling.shutdown.*}). A job is written so that a second run after
 * the lease ran out does no harm (the outbox claims each email, the mailbox claims each Message-ID),
 * so a job that outlives its lease is slow, never wrong.
 *
 * <p>Runs by hand ({@link #runAlone}: tests, an operator) wait for no one; scheduled runs
 * ({@link #runScheduled}) also keep the lease for {@link #AT_LEAST} after they end, so that another
 * instance whose schedule comes round at the same moment skips rather than doing the same work again.
 * Call it outside any transaction: the lease must be visible to other instances at once.
 */
@Component
public class JobLocks {

	/** How long a lease is held at most: a killed instance blocks a job no longer than this. */
	public static final Duration AT_MOST = Duration.ofMinutes(3);

	/** How long a scheduled run keeps its lease at least. */
	public static final Duration AT_LEAST = Duration.ofSeconds(10);

	private final LockingTaskExecutor executor;

	JobLocks(DataSource dataSource) {
		this.executor = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration
			.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.withTableName("shedlock")
			.usingDbTime()
			.build()));
	}

	/** Runs {@code job} now if no instance runs {@code name}; returns whether it ran. */
	public boolean runAlone(String name, Runnable job) {
		return run(name, Duration.ZERO, job);
	}

	/** As {@link #runAlone}, for a run of the schedule: the lease is kept for {@link #AT_LEAST}. */
	public boolean runScheduled(String name, Runnable job) {
		return run(name, AT_LEAST, job);
	}

	private boolean run(String name, Duration atLeast, Runnable job) {
		try {
			return executor.executeWithLock(() -> {
				job.run();
				return Boolean.TRUE;
			}, new LockConfiguration(ClockProvider.now(), name, AT_MOST, atLeast)).wasExecuted();
		}
		catch (RuntimeException | Error failure) {
			throw failure;
		}
		catch (Throwable checked) {
			throw new IllegalStateException(checked);
		}
	}
}
