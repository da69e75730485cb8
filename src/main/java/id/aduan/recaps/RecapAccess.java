package id.aduan.recaps;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import id.aduan.accounts.AccountManagement;
import id.aduan.accounts.Actor;
import id.aduan.accounts.Role;
import id.aduan.accounts.StaffAccount;
import id.aduan.catalog.Catalog;
import id.aduan.system.NotFound;

/**
 * Who may see and change which recap. A unit's recap is its officers' own: they see it, fill it in and
 * submit it; its head (named by the coordinator) sees and approves it; the coordinator and the head of
 * office see every recap. Anyone else is told the recap does not exist, so guessing tells nothing.
 * A unit that has no active officer account cannot fill in its own recap: the coordinator fills it in
 * and submits it on the unit's behalf, from the paper the unit sent.
 */
@Component
class RecapAccess {

	private final MonthlyRecaps recaps;

	private final AccountManagement accounts;

	private final Catalog catalog;

	RecapAccess(MonthlyRecaps recaps, AccountManagement accounts, Catalog catalog) {
		this.recaps = recaps;
		this.accounts = accounts;
		this.catalog = catalog;
	}

	/**
	 * Who may be named head of a unit: every active account placed in the unit or one of its sub-units
	 * whose role lets it read recaps, the unit's officers and an account of the head's role placed there
	 * (a Kepala Bidang given read access to everything). Not only whoever submitted last.
	 */
	List<StaffAccount> headCandidates(long unitId) {
		Set<Long> units = catalog.unitTree().subtreeOf(unitId);
		List<StaffAccount> candidates = new ArrayList<>(accounts.activeInUnits(units, Role.UNIT_OFFICER));
		candidates.addAll(accounts.activeInUnits(units, Role.HEAD));
		return candidates;
	}

	boolean maySee(Actor actor, long unitId) {
		return actor.is(Role.COORDINATOR) || actor.is(Role.HEAD) || isOfficerOf(actor, unitId) || isHeadOf(actor, unitId);
	}

	void requireSight(Actor actor, long unitId) {
		if (!maySee(actor, unitId)) {
			throw new NotFound("recap.notFound");
		}
	}

	boolean isOfficerOf(Actor actor, long unitId) {
		return actor.is(Role.UNIT_OFFICER) && actor.unitId() != null && actor.unitId() == unitId;
	}

	/** Whether the actor is the coordinator and the unit has no active officer to fill in its own recap. */
	boolean entersOnBehalf(Actor actor, long unitId) {
		return actor.is(Role.COORDINATOR) && withoutOfficer(unitId);
	}

	boolean withoutOfficer(long unitId) {
		return accounts.activeInUnits(List.of(unitId), Role.UNIT_OFFICER).isEmpty();
	}

	boolean isHeadOf(Actor actor, long unitId) {
		return actor.accountId() != null && recaps.head(unitId).filter(actor.accountId()::equals).isPresent();
	}
}
