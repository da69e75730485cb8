package id.aduan.complaints;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.aduan.accounts.Actor;
import id.aduan.audit.AuditTrail;
import id.aduan.calendar.Calendars;
import id.aduan.calendar.WorkingCalendar;
import id.aduan.system.ActionRefused;

/**
 * Closes answered complaints whose dispute window has passed (SP4N-LAPOR!: 10 working days after the
 * answer). Each complaint closes in its own transaction, so one that changed meanwhile does not hold
 * up the others; running it twice closes nothing twice.
 */
@Component
public class AutomaticClosure {

	private static final Logger log = LoggerFactory.getLogger(AutomaticClosure.class);

	private final Complaints complaints;

	private final DeadlinePlanning planning;

	private final Calendars calendars;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	AutomaticClosure(Complaints complaints, DeadlinePlanning planning, Calendars calendars, AuditTrail audit,
			JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.complaints = complaints;
		this.planning = planning;
		this.calendars = calendars;
		this.audit = audit;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Closes every complaint whose window ended before now; returns how many. */
	public int closeExpired() {
		Instant now = clock.instant();
		WorkingCalendar calendar = calendars.current();
		LocalDate today = calendar.today(now);
		boolean todayOver = now.isAfter(calendar.closingTime(today));
		List<Long> due = jdbc.sql("select id from complaint where status = 'ANSWERED' and auto_close_due "
				+ (todayOver ? "<=" : "<") + " ? order by id")
			.param(today)
			.query(Long.class)
			.list();
		int closed = 0;
		for (long id : due) {
			Boolean done = transactions.execute(status -> close(id, now));
			closed += Boolean.TRUE.equals(done) ? 1 : 0;
		}
		if (closed > 0) {
			log.info("{} pengaduan ditutup otomatis", closed);
		}
		return closed;
	}

	private boolean close(long id, Instant now) {
		Complaint complaint = complaints.byId(id).orElse(null);
		if (complaint == null || complaint.status() != ComplaintStatus.ANSWERED) {
			return false;
		}
		try {
			complaint.closeAutomatically(new Handler(Actor.system(), Set.of()), now);
		}
		catch (ActionRefused notAnymore) {
			return false;
		}
		planning.plan(complaint);
		complaints.save(complaint);
		audit.record(Actor.system().name(), "COMPLAINT_AUTO_CLOSED", "complaint", String.valueOf(id),
				complaint.trackingCode().value());
		return true;
	}
}
