package id.aduan.intake.mail;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import id.aduan.intake.Idempotency;
import id.aduan.system.JobLocks;

/**
 * The intake's clock: the mailbox is read every {@code aduan.mail.intake.poll-every} (one minute) and
 * old idempotency answers are forgotten every hour, each on one instance at a time (a lease, as every
 * job of Aduan: {@link JobLocks}). The scheduler has a pool of threads
 * ({@code spring.task.scheduling.pool.size}), so a slow mailbox does not hold up the outbox or any
 * other job. {@link #pollNow()} is what a test or an operator calls.
 */
@Component
public class MailJobs {

	private final JobLocks locks;

	private final MailboxPoller poller;

	private final MailIntakeSettings settings;

	private final Idempotency idempotency;

	MailJobs(JobLocks locks, MailboxPoller poller, MailIntakeSettings settings, Idempotency idempotency) {
		this.locks = locks;
		this.poller = poller;
		this.settings = settings;
		this.idempotency = idempotency;
	}

	@Scheduled(fixedDelayString = "${aduan.mail.intake.poll-every:PT1M}",
			initialDelayString = "${aduan.mail.intake.first-poll-after:PT25S}")
	void scheduledPoll() {
		if (settings.scheduled() && settings.mailboxConfigured()) {
			locks.runScheduled("mail-intake", poller::poll);
		}
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT2M")
	void scheduledCleanup() {
		if (settings.scheduled()) {
			locks.runScheduled("idempotency-cleanup", idempotency::forgetOld);
		}
	}

	/** Reads the mailbox now, unless another instance is reading it; returns how many messages were taken. */
	public int pollNow() {
		int[] taken = { 0 };
		locks.runAlone("mail-intake", () -> taken[0] = poller.poll());
		return taken[0];
	}
}
