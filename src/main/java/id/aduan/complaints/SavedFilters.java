package id.aduan.complaints;

import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.accounts.Actor;
import id.aduan.system.DatabaseTime;
import id.aduan.system.MaxLength;
import id.aduan.system.PlainText;
import id.aduan.system.Problems;
import id.aduan.system.Required;

/**
 * A person's saved inbox views: a name and the inbox's query string as they set it, theirs alone. The
 * query string is the inbox's own address, so a saved view is opened exactly as it was seen.
 */
@Component
public class SavedFilters {

	/** One saved view. */
	public record SavedFilter(long id, String name, String query) {
	}

	/** A view to save: a name, and the query string (only the inbox's own parameters are kept). */
	private record Draft(@Required @MaxLength(100) @PlainText String name, @MaxLength(2000) @PlainText String query) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	SavedFilters(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public List<SavedFilter> of(Actor actor) {
		if (actor.accountId() == null) {
			return List.of();
		}
		return jdbc.sql("select id, name, query from saved_filter where account_id = ? order by name")
			.param(actor.accountId())
			.query((rs, row) -> new SavedFilter(rs.getLong("id"), rs.getString("name"), rs.getString("query")))
			.list();
	}

	/** Saves the view under its name, replacing the person's view of the same name. */
	@Transactional
	public void save(String name, String query, Actor actor) {
		String kept = query == null ? "" : query.replaceAll("(^|&)(page|_csrf)=[^&]*", "").replaceAll("^&", "");
		new Problems().validate(new Draft(name, kept)).throwIfAny();
		jdbc.sql("delete from saved_filter where account_id = ? and name = ?").params(actor.accountId(), name.trim()).update();
		jdbc.sql("insert into saved_filter (account_id, name, query, created_at) values (?, ?, ?, ?)")
			.params(actor.accountId(), name.trim(), kept, DatabaseTime.of(clock.instant()))
			.update();
	}

	@Transactional
	public void delete(long id, Actor actor) {
		jdbc.sql("delete from saved_filter where id = ? and account_id = ?").params(id, actor.accountId()).update();
	}
}
