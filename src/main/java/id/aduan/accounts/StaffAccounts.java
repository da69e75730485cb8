package id.aduan.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.aduan.system.DatabaseTime;
import id.aduan.system.RecordRowMapper;

@Repository
class StaffAccounts {

	private static final String COLUMNS = "id, username, display_name, email, role, unit_id, active, must_change_password, created_at";

	private static final RowMapper<StaffAccount> ACCOUNT = (rs, row) -> new StaffAccount(rs.getLong("id"),
			rs.getString("username"), rs.getString("display_name"), rs.getString("email"),
			Role.valueOf(rs.getString("role")), rs.getObject("unit_id", Long.class), rs.getBoolean("active"),
			rs.getBoolean("must_change_password"), DatabaseTime.instant(rs, "created_at"));

	private final JdbcClient jdbc;

	StaffAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long count() {
		return jdbc.sql("select count(*) from staff_account").query(Long.class).single();
	}

	List<StaffAccount> all() {
		return jdbc.sql("select " + COLUMNS + " from staff_account order by role, username").query(ACCOUNT).list();
	}

	Optional<StaffAccount> byId(long id) {
		return jdbc.sql("select " + COLUMNS + " from staff_account where id = ?").param(id).query(ACCOUNT).optional();
	}

	Optional<StaffAccount> byUsername(String username) {
		return jdbc.sql("select " + COLUMNS + " from staff_account where username = ?")
			.param(username)
			.query(ACCOUNT)
			.optional();
	}

	Optional<StaffPrincipal> principal(String username) {
		return jdbc.sql("""
				select id, username, password_hash, display_name, role, unit_id, active, must_change_password
				from staff_account where username = ?""").param(username).query(RecordRowMapper.of(StaffPrincipal.class)).optional();
	}

	Optional<String> passwordHash(long id) {
		return jdbc.sql("select password_hash from staff_account where id = ?").param(id).query(String.class).optional();
	}

	long add(String username, String displayName, String email, Role role, Long unitId, String passwordHash,
			Instant now) {
		jdbc.sql("""
				insert into staff_account (username, display_name, email, password_hash, role, unit_id, active,
				                           must_change_password, created_at)
				values (?, ?, ?, ?, ?, ?, true, true, ?)""")
			.params(username, displayName, email, passwordHash, role.name(), unitId, DatabaseTime.of(now))
			.update();
		return byUsername(username).orElseThrow().id();
	}

	void update(long id, String displayName, String email, Role role, Long unitId, boolean active) {
		jdbc.sql("update staff_account set display_name = ?, email = ?, role = ?, unit_id = ?, active = ? where id = ?")
			.params(displayName, email, role.name(), unitId, active, id)
			.update();
	}

	void setPassword(long id, String passwordHash, boolean mustChange) {
		jdbc.sql("update staff_account set password_hash = ?, must_change_password = ? where id = ?")
			.params(passwordHash, mustChange, id)
			.update();
	}

	List<StaffAccount> activeWithRole(Role role) {
		return jdbc.sql("select " + COLUMNS + " from staff_account where active = true and role = ? order by id")
			.param(role.name())
			.query(ACCOUNT)
			.list();
	}

	List<StaffAccount> activeInUnits(java.util.Collection<Long> unitIds, Role role) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from staff_account where active = true and role = :role and unit_id in (:units)")
			.param("role", role.name())
			.param("units", unitIds)
			.query(ACCOUNT)
			.list();
	}
}
