package id.aduan.followup;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import id.aduan.complaints.AutomaticClosure;
import id.aduan.system.JobLocks;

/**
 * The clock of follow-up: every minute the outbox is sent (emails, WhatsApp messages and SMS); every five minutes reminders and overdue
 * notices are queued, answered complaints past their window closed, and the morning digest sent when
 * its time has come; the monthly recap reminders are queued on the same beat. Each job runs on one
 * instance at a time ({@link JobLocks}), on a scheduler with a pool of threads so that one slow job
 * (a mailbox read) does not hold up the others; {@link #runAll()} (the complaints' jobs) and
 * {@link #remindOfRecaps()} are what a test or an operator calls to run them by hand.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class FollowUpJobs {

	private final JobLocks locks;

	private final Mailer mailer;

	private final DeadlineReminders reminders;

	private final DailyDigest digest;

	private final AutomaticClosure closure;

	private final FollowUpSettings settings;

	private final RecapReminders recapReminders;

	private final PhoneMessenger phoneMessenger;

	FollowUpJobs(JobLocks locks, Mailer mailer, DeadlineReminders reminders, DailyDigest digest,
			AutomaticClosure closure, FollowUpSettings settings, RecapReminders recapReminders,
			PhoneMessenger phoneMessenger) {
		this.phoneMessenger = phoneMessenger;
		this.recapReminders = recapReminders;
		this.locks = locks;
		this.mailer = mailer;
		this.reminders = reminders;
		this.digest = digest;
		this.closure = closure;
		this.settings = settings;
	}

	@Scheduled(fixedDelayString = "${aduan.followup.send-every:PT1M}", initialDelayString = "PT20S")
	void scheduledSend() {
		if (settings.jobsEnabled()) {
			locks.runScheduled("mail-outbox", this::sendBatch);
		}
	}

	@Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT30S")
	void scheduledFollowUp() {
		if (settings.jobsEnabled()) {
			locks.runScheduled("auto-close", closure::closeExpired);
			locks.runScheduled("deadline-reminders", reminders::remind);
			locks.runScheduled("daily-digest", digest::send);
			locks.runScheduled("recap-reminders", recapReminders::remind);
		}
	}

	/** Everything the jobs do, once, in order: close, remind, digest, send. */
	public void runAll() {
		followUp();
		sendMail();
	}

	/** Queues the monthly recap reminders now due (each once), then sends what waits. */
	public void remindOfRecaps() {
		locks.runAlone("recap-reminders", recapReminders::remind);
		sendMail();
	}

	private void followUp() {
		locks.runAlone("auto-close", closure::closeExpired);
		locks.runAlone("deadline-reminders", reminders::remind);
		locks.runAlone("daily-digest", digest::send);
	}

	private void sendMail() {
		locks.runAlone("mail-outbox", this::sendBatch);
	}

	private void sendBatch() {
		mailer.sendPending(200);
		phoneMessenger.sendPending(200);
	}
}
