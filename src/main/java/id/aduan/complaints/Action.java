package id.aduan.complaints;

import static id.aduan.complaints.ComplaintStatus.ANSWERED;
import static id.aduan.complaints.ComplaintStatus.CLOSED;
import static id.aduan.complaints.ComplaintStatus.IN_FOLLOW_UP;
import static id.aduan.complaints.ComplaintStatus.ON_HOLD;
import static id.aduan.complaints.ComplaintStatus.RECEIVED;
import static id.aduan.complaints.ComplaintStatus.REOPENED;
import static id.aduan.complaints.ComplaintStatus.ROUTED;
import static id.aduan.complaints.ComplaintStatus.VERIFIED;

import java.util.EnumSet;
import java.util.Set;

import id.aduan.accounts.Role;

/**
 * Everything staff can do to a complaint, with the statuses it may be done from and who may do it.
 * This one table is both what the complaint enforces and what the pages offer, so a button is never
 * shown for an action that would be refused.
 */
public enum Action {

	/** Check the complaint is complete and classify it (verifikasi). */
	VERIFY(EnumSet.of(RECEIVED), Who.COORDINATOR),
	/** Correct the classification later on. */
	CLASSIFY(EnumSet.of(VERIFIED, ROUTED, IN_FOLLOW_UP, ANSWERED, REOPENED, ON_HOLD), Who.COORDINATOR),
	/** Send to the work unit that must follow it up (disposisi), or to another one. */
	ROUTE(EnumSet.of(VERIFIED, ROUTED, IN_FOLLOW_UP, REOPENED), Who.COORDINATOR),
	/** Record what the unit did (tindak lanjut), with documentation photos. */
	FOLLOW_UP(EnumSet.of(ROUTED, IN_FOLLOW_UP), Who.UNIT),
	/** Give the complainant the office's answer (tanggapan). */
	ANSWER(EnumSet.of(VERIFIED, ROUTED, IN_FOLLOW_UP, REOPENED), Who.COORDINATOR_OR_UNIT),
	CLOSE(EnumSet.of(ANSWERED), Who.COORDINATOR),
	/** Wait, e.g. for the complainant to complete the file (tunda). */
	HOLD(EnumSet.of(RECEIVED, VERIFIED, ROUTED, IN_FOLLOW_UP, REOPENED), Who.COORDINATOR_OR_UNIT),
	RESUME(EnumSet.of(ON_HOLD), Who.COORDINATOR_OR_UNIT),
	/** Not this office's authority: forwarded elsewhere (bukan wewenang). */
	REFER(EnumSet.of(RECEIVED, VERIFIED, ROUTED, IN_FOLLOW_UP, REOPENED), Who.COORDINATOR),
	REJECT(EnumSet.of(RECEIVED, VERIFIED), Who.COORDINATOR),
	MARK_DUPLICATE(EnumSet.of(RECEIVED, VERIFIED, ROUTED, IN_FOLLOW_UP), Who.COORDINATOR),
	REOPEN(EnumSet.of(ANSWERED, CLOSED), Who.COORDINATOR),
	/** A unit hands a complaint back to the coordinator: it is not the unit's to follow up. */
	RETURN(EnumSet.of(ROUTED, IN_FOLLOW_UP), Who.UNIT),
	/** An internal note, never shown to the public. */
	NOTE(EnumSet.allOf(ComplaintStatus.class), Who.COORDINATOR_OR_UNIT),
	/** Look at the identity of an anonymous complainant; every look is recorded. */
	VIEW_IDENTITY(EnumSet.allOf(ComplaintStatus.class), Who.COORDINATOR),
	/** Name the officer of the complaint's unit who has it in hand (penanggung jawab). */
	ASSIGN(EnumSet.of(ROUTED, IN_FOLLOW_UP, REOPENED, ON_HOLD), Who.COORDINATOR_OR_UNIT),
	/** Aduan raises a complaint overdue by the set number of working days to the head, once. */
	ESCALATE(EnumSet.of(RECEIVED, VERIFIED, ROUTED, IN_FOLLOW_UP, REOPENED), Who.SYSTEM),
	/** The complainant disputes the answer (keberatan) within the window: the complaint is handled again. */
	DISPUTE(EnumSet.of(ANSWERED), Who.COMPLAINANT),
	/** The complainant rates the answer and says whether the problem is solved. */
	RATE(EnumSet.of(ANSWERED, CLOSED), Who.COMPLAINANT),
	/** Aduan closes an answered complaint the complainant did not dispute within the window. */
	AUTO_CLOSE(EnumSet.of(ANSWERED), Who.SYSTEM);

	private enum Who {
		COORDINATOR, UNIT, COORDINATOR_OR_UNIT, COMPLAINANT, SYSTEM
	}

	private final Set<ComplaintStatus> from;

	private final Who who;

	Action(Set<ComplaintStatus> from, Who who) {
		this.from = from;
		this.who = who;
	}

	boolean allowedFrom(ComplaintStatus status) {
		return from.contains(status);
	}

	/** Whether this person may take this action on a complaint currently at {@code unitId}. */
	boolean allowedFor(Handler handler, Long unitId) {
		boolean coordinator = handler.role() == Role.COORDINATOR;
		boolean unit = handler.covers(unitId);
		return switch (who) {
			case COORDINATOR -> coordinator;
			case UNIT -> unit;
			case COORDINATOR_OR_UNIT -> coordinator || unit;
			case COMPLAINANT -> handler.role() == Role.CITIZEN;
			case SYSTEM -> handler.role() == Role.SYSTEM;
		};
	}
}
