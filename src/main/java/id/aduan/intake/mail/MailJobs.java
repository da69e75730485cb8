package id.aduan.intake.mail;

import java.time.Duration;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import id.aduan.followup.JobLocks;
import id.aduan.intake.Idempotency;

/**
 * The intake's clock: the mailbox is read every {@code aduan.mail.intake.poll-every} (one minute) and
 * old idempotency answers are forgotten every hour, each on one instance at a time (a lease in
 * {@code job_lock}, as every job of Aduan). {@link #pollNow()} is what a test or an operator calls.
 */
@Component
public class MailJobs {

	private static final Duration LEASE = Duration.ofMinutes(10);

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

	@Scheduled(fixedDelayString = "${aduan.mail.intake.poll-every:PT1M}", initialDelayString = "PT25S")
	void scheduledPoll() {
		if (settings.scheduled() && settings.mailboxConfigured()) {
			pollNow();
		}
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT2M")
	void scheduledCleanup() {
		if (settings.scheduled()) {
			locks.runAlone("idempotency-cleanup", LEASE, idempotency::forgetOld);
		}
	}

	/** Reads the mailbox now, unless another instance is reading it; returns how many messages were taken. */
	public int pollNow() {
		int[] taken = { 0 };
		locks.runAlone("mail-intake", LEASE, () -> taken[0] = poller.poll());
		return taken[0];
	}
}
