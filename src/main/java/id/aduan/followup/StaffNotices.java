package id.aduan.followup;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.accounts.AccountManagement;
import id.aduan.accounts.Role;
import id.aduan.accounts.StaffAccount;
import id.aduan.catalog.Catalog;
import id.aduan.complaints.ComplaintAssigned;
import id.aduan.complaints.ComplaintEscalated;
import id.aduan.complaints.ComplaintFacts;
import id.aduan.complaints.ComplaintQueries;
import id.aduan.complaints.ComplaintRegistered;
import id.aduan.conversations.MessagePosted;
import id.aduan.conversations.Side;
import id.aduan.system.DatabaseTime;

/**
 * The in-app notice list of each member of staff, besides email: a new complaint (coordinators), one
 * assigned to you, a deadline near or passed (whoever must act: the assignee, else the unit's officers,
 * else the coordinators), an escalation (the head), a message from the complainant. Each notice is
 * written in the transaction of what it reports and once per person ({@code dedupe_key}), so a rerun
 * job adds nothing; the unread count is what the menu shows.
 */
@Component
public class StaffNotices {

	private final JdbcClient jdbc;

	private final AccountManagement accounts;

	private final Catalog catalog;

	private final ComplaintQueries complaints;

	private final Clock clock;

	StaffNotices(JdbcClient jdbc, AccountManagement accounts, Catalog catalog, ComplaintQueries complaints,
			Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.catalog = catalog;
		this.complaints = complaints;
		this.clock = clock;
	}

	/** How many notices this person has not read yet. */
	public long unread(long accountId) {
		return jdbc.sql("select count(*) from staff_notice where account_id = ? and read_at is null")
			.param(accountId)
			.query(Long.class)
			.single();
	}

	/** This person's latest notices, newest first. */
	public List<StaffNotice> of(long accountId, int limit) {
		return jdbc.sql("select id, kind, complaint_id, text, created_at, read_at from staff_notice"
				+ " where account_id = ? order by created_at desc, id desc limit ?")
			.params(accountId, limit)
			.query((rs, row) -> new StaffNotice(rs.getLong("id"), StaffNotice.Kind.valueOf(rs.getString("kind")),
					rs.getObject("complaint_id", Long.class), rs.getString("text"), DatabaseTime.instant(rs, "created_at"),
					rs.getObject("read_at") != null))
			.list();
	}

	/** Marks one of this person's notices read; returns the complaint it is about, if any. */
	@Transactional
	public java.util.Optional<Long> open(long id, long accountId) {
		jdbc.sql("update staff_notice set read_at = ? where id = ? and account_id = ? and read_at is null")
			.params(DatabaseTime.of(clock.instant()), id, accountId)
			.update();
		return jdbc.sql("select complaint_id from staff_notice where id = ? and account_id = ?")
			.params(id, accountId)
			.query((rs, row) -> java.util.Optional.ofNullable(rs.getObject("complaint_id", Long.class)))
			.optional()
			.flatMap(found -> found);
	}

	@Transactional
	public void readAll(long accountId) {
		jdbc.sql("update staff_notice set read_at = ? where account_id = ? and read_at is null")
			.params(DatabaseTime.of(clock.instant()), accountId)
			.update();
	}

	/**
	 * A new complaint, to the coordinators: named by its tracking code alone, so that registering (which
	 * runs in group commits under load) reads nothing more of the complaint for it.
	 */
	@EventListener
	void registered(ComplaintRegistered event) {
		insert(StaffNotice.Kind.NEW, event.complaintId(), event.trackingCode(), "new:" + event.complaintId(),
				ids(accounts.activeWithRole(Role.COORDINATOR)));
	}

	@EventListener
	void assigned(ComplaintAssigned event) {
		complaints.facts(event.complaintId())
			.ifPresent(c -> add(StaffNotice.Kind.ASSIGNED, c, "assigned:" + c.id() + ":" + clock.millis(),
					Set.of(event.accountId())));
	}

	@EventListener
	void escalated(ComplaintEscalated event) {
		complaints.facts(event.complaintId())
			.ifPresent(c -> add(StaffNotice.Kind.ESCALATED, c, "escalated:" + c.id(), ids(accounts.activeWithRole(Role.HEAD))));
	}

	@EventListener
	void messagePosted(MessagePosted event) {
		if (event.complaintId() == null || event.side() != Side.CITIZEN) {
			return;
		}
		complaints.facts(event.complaintId())
			.ifPresent(c -> add(StaffNotice.Kind.MESSAGE, c, "message:" + event.messageId(), handlers(c)));
	}

	/** A deadline near ({@code overdue} false) or passed, to whoever must act on it; once per deadline. */
	void deadline(ComplaintFacts complaint, boolean overdue, String deadlineKey) {
		add(overdue ? StaffNotice.Kind.OVERDUE : StaffNotice.Kind.DUE_SOON, complaint,
				(overdue ? "overdue:" : "dueSoon:") + deadlineKey, handlers(complaint));
	}

	/** Who handles the complaint now: its assignee, else its unit's officers, else the coordinators. */
	private Set<Long> handlers(ComplaintFacts complaint) {
		if (complaint.assigneeId() != null) {
			return Set.of(complaint.assigneeId());
		}
		if (complaint.unitId() != null) {
			return ids(accounts.activeInUnits(catalog.unitTree().ancestorsOf(complaint.unitId()), Role.UNIT_OFFICER));
		}
		return ids(accounts.activeWithRole(Role.COORDINATOR));
	}

	private static Set<Long> ids(Collection<StaffAccount> staff) {
		Set<Long> ids = new LinkedHashSet<>();
		staff.forEach(account -> ids.add(account.id()));
		return ids;
	}

	private void add(StaffNotice.Kind kind, ComplaintFacts complaint, String key, Set<Long> to) {
		insert(kind, complaint.id(), complaint.trackingCode() + " · " + complaint.title(), key, to);
	}

	private void insert(StaffNotice.Kind kind, long complaintId, String text, String key, Set<Long> to) {
		for (long accountId : to) {
			jdbc.sql("""
					insert into staff_notice (dedupe_key, account_id, kind, complaint_id, text, created_at)
					values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
				.params(key + ":" + accountId, accountId, kind.name(), complaintId,
						text.length() > 500 ? text.substring(0, 500) : text, DatabaseTime.of(clock.instant()))
				.update();
		}
	}
}
