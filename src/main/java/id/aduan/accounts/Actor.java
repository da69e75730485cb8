package id.aduan.accounts;

/**
 * The person (or Aduan itself) doing something, as a domain action needs it: who to record, what
 * role decides what is allowed, and for a unit officer which unit they act for.
 */
public record Actor(Long accountId, String name, Role role, Long unitId) {

	public static Actor citizen(String name) {
		return new Actor(null, name == null || name.isBlank() ? "Pengadu" : name.trim(), Role.CITIZEN, null);
	}

	public static Actor system() {
		return new Actor(null, "Sistem Aduan", Role.SYSTEM, null);
	}

	public boolean is(Role candidate) {
		return role == candidate;
	}
}
