package id.aduan.open311;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.accounts.Actor;
import id.aduan.accounts.Role;
import id.aduan.audit.AuditTrail;
import id.aduan.system.ActionRefused;
import id.aduan.system.DatabaseTime;
import id.aduan.system.MaxLength;
import id.aduan.system.NotFound;
import id.aduan.system.PlainText;
import id.aduan.system.Problems;
import id.aduan.system.Required;
import id.aduan.system.Sha256;

/**
 * The API keys of applications that POST Open311 requests (the office's app, a partner's portal). The
 * administrator issues one per application and sees it once; Aduan keeps its SHA-256 (a long random key
 * needs no slow hash) and a short prefix to tell keys apart. A revoked key is refused from the next
 * request on; keys are never deleted, so old requests keep their origin.
 */
@Component
public class ApiKeys {

	/** The name an administrator gives a key: which application uses it. */
	private record KeyName(@Required @MaxLength(200) @PlainText String name) {
	}

	private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ApiKeys(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public IssuedKey issue(String name, Actor by) {
		requireAdmin(by);
		new Problems().validate(new KeyName(name)).throwIfAny();
		StringBuilder key = new StringBuilder("aduan_");
		for (int i = 0; i < 32; i++) {
			key.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		String value = key.toString();
		jdbc.sql("""
				insert into api_key (name, key_prefix, key_hash, created_at, created_by) values (?, ?, ?, ?, ?)""")
			.params(name.strip(), value.substring(0, 10), hash(value), DatabaseTime.of(clock.instant()), by.name())
			.update();
		long id = idOf(value);
		audit.record(by.name(), "API_KEY_ISSUED", "api_key", String.valueOf(id), name.strip());
		return new IssuedKey(id, name.strip(), value);
	}

	@Transactional
	public void revoke(long id, Actor by) {
		requireAdmin(by);
		int revoked = jdbc.sql("update api_key set revoked_at = ?, revoked_by = ? where id = ? and revoked_at is null")
			.params(DatabaseTime.of(clock.instant()), by.name(), id)
			.update();
		if (revoked == 0) {
			throw new NotFound("open311.key.notFound");
		}
		audit.record(by.name(), "API_KEY_REVOKED", "api_key", String.valueOf(id), null);
	}

	@Transactional(readOnly = true)
	public List<ApiKey> all() {
		return jdbc.sql("select * from api_key order by id desc")
			.query((rs, row) -> new ApiKey(rs.getLong("id"), rs.getString("name"), rs.getString("key_prefix"),
					DatabaseTime.instant(rs, "created_at"), rs.getString("created_by"),
					DatabaseTime.instant(rs, "revoked_at"), rs.getString("revoked_by"),
					DatabaseTime.instant(rs, "last_used_at")))
			.list();
	}

	/** The id and name of the active key with this value; empty for an unknown or revoked key. */
	Optional<ApiKey> active(String value) {
		if (value == null || value.isBlank() || value.length() > 200) {
			return Optional.empty();
		}
		Optional<ApiKey> key = jdbc.sql("select * from api_key where key_hash = ? and revoked_at is null")
			.param(hash(value.strip()))
			.query((rs, row) -> new ApiKey(rs.getLong("id"), rs.getString("name"), rs.getString("key_prefix"),
					DatabaseTime.instant(rs, "created_at"), rs.getString("created_by"), null, null,
					DatabaseTime.instant(rs, "last_used_at")))
			.optional();
		key.ifPresent(found -> jdbc.sql("update api_key set last_used_at = ? where id = ?")
			.params(DatabaseTime.of(clock.instant()), found.id())
			.update());
		return key;
	}

	private long idOf(String value) {
		return jdbc.sql("select id from api_key where key_hash = ?").param(hash(value)).query(Long.class).single();
	}

	private static void requireAdmin(Actor by) {
		if (by.role() != Role.ADMIN) {
			throw new ActionRefused(ActionRefused.Reason.ROLE, "open311.key.role");
		}
	}

	static String hash(String value) {
		return Sha256.hex(value);
	}
}
