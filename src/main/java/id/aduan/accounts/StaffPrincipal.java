package id.aduan.accounts;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in member of staff as Spring Security keeps them in the session. Controllers turn it
 * into an {@link Actor} with {@link #actor()} before calling any domain action.
 */
public record StaffPrincipal(long id, String username, String passwordHash, String displayName, Role role,
		Long unitId, boolean active, boolean mustChangePassword) implements UserDetails {

	public Actor actor() {
		return new Actor(id, displayName, role, unitId);
	}

	StaffPrincipal withPasswordChanged() {
		return new StaffPrincipal(id, username, null, displayName, role, unitId, active, false);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return active;
	}
}
