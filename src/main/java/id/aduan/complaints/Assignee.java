package id.aduan.complaints;

import java.util.Set;

/**
 * A named unit officer a complaint is assigned to, with the units they answer for (their unit and those
 * below it), so that the complaint can check the officer may act on it.
 */
public record Assignee(long accountId, String name, Long unitId, Set<Long> unitScope) {

	public Assignee {
		unitScope = unitScope == null ? Set.of() : Set.copyOf(unitScope);
	}

	boolean covers(Long complaintUnitId) {
		return complaintUnitId != null && unitScope.contains(complaintUnitId);
	}

	/** The same person, whatever scope they were loaded with. */
	@Override
	public boolean equals(Object other) {
		return other instanceof Assignee that && that.accountId == accountId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(accountId);
	}
}
