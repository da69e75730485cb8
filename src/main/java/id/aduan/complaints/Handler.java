package id.aduan.complaints;

import java.util.Set;

import id.aduan.accounts.Actor;
import id.aduan.accounts.Role;
import id.aduan.catalog.WorkUnitTree;

/**
 * A member of staff acting on a complaint, with the work units they answer for: for a unit officer
 * their unit and everything below it, for everyone else none.
 */
public record Handler(Actor actor, Set<Long> unitScope) {

	public Handler {
		unitScope = Set.copyOf(unitScope);
	}

	public static Handler of(Actor actor, WorkUnitTree units) {
		Set<Long> scope = actor.role() == Role.UNIT_OFFICER && actor.unitId() != null
				? units.subtreeOf(actor.unitId()) : Set.of();
		return new Handler(actor, scope);
	}

	public Role role() {
		return actor.role();
	}

	/** True when this person is a unit officer over the given unit. */
	public boolean covers(Long unitId) {
		return actor.role() == Role.UNIT_OFFICER && unitId != null && unitScope.contains(unitId);
	}
}
