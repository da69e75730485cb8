package id.aduan.accounts;

import java.time.Instant;

/** An account of a member of staff, as the administrator manages it. The password hash never leaves this module. */
public record StaffAccount(long id, String username, String displayName, String email, Role role, Long unitId,
		boolean active, boolean mustChangePassword, Instant createdAt) {

	public Actor asActor() {
		return new Actor(id, displayName, role, unitId);
	}
}
