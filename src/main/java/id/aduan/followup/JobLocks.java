package id.aduan.followup;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.aduan.system.DatabaseTime;

/**
 * A job runs on one instance at a time: it takes its row in {@code job_lock} with one atomic update
 * (the row is free when its lease has run out) and lets it go when done. A crashed instance's lease
 * simply expires, and an instance may always take back its own lock (it is not running the job: see
 * {@link #running}), so a clock that moved back does not lock it out. Call it outside any transaction. Works the same on H2 and PostgreSQL, no extra library.
 */
@Component
public class JobLocks {

	private final JdbcClient jdbc;

	private final Clock clock;

	/**
	 * Who holds a lease: the process ({@code pid@host}) and this application instance, since two
	 * instances may share a process (tests do) or a pid (containers all start at pid 1).
	 */
	private final String me = ManagementFactory.getRuntimeMXBean().getName() + "/"
			+ UUID.randomUUID().toString().substring(0, 8);

	JobLocks(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Jobs this instance is running now: the database lease guards other instances, this guards our threads. */
	private final Set<String> running = ConcurrentHashMap.newKeySet();

	/**
	 * Runs {@code job} if nobody else runs {@code name}; returns whether it ran. Other modules' jobs (the
	 * mailbox poll) take their leases here too, so that every job of Aduan is guarded the same way.
	 */
	public boolean runAlone(String name, Duration lease, Runnable job) {
		if (!running.add(name)) {
			return false;
		}
		try {
			if (!take(name, lease)) {
				return false;
			}
			try {
				job.run();
			}
			finally {
				release(name);
			}
			return true;
		}
		finally {
			running.remove(name);
		}
	}

	/** Each statement commits on its own: the lease must be visible to other instances at once. */
	private boolean take(String name, Duration lease) {
		Instant now = clock.instant();
		int taken = jdbc
			.sql("update job_lock set locked_until = ?, locked_by = ? where name = ? and (locked_until <= ? or locked_by = ?)")
			.params(DatabaseTime.of(now.plus(lease)), me, name, DatabaseTime.of(now), me)
			.update();
		if (taken == 1) {
			return true;
		}
		boolean exists = jdbc.sql("select count(*) from job_lock where name = ?").param(name).query(Long.class).single() > 0;
		if (exists) {
			return false;
		}
		try {
			jdbc.sql("insert into job_lock (name, locked_until, locked_by) values (?, ?, ?)")
				.params(name, DatabaseTime.of(now.plus(lease)), me)
				.update();
			return true;
		}
		catch (DuplicateKeyException another) {
			return false;
		}
	}

	private void release(String name) {
		jdbc.sql("update job_lock set locked_until = ? where name = ? and locked_by = ?")
			.params(DatabaseTime.of(clock.instant()), name, me)
			.update();
	}
}
