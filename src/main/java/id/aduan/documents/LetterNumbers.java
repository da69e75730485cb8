package id.aduan.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import id.aduan.system.DatabaseTime;

/**
 * The counter of letter numbers per office and year, and the register of the numbers issued. Every
 * method must run inside the caller's transaction: the counter row stays locked until it ends, which
 * is what keeps two requests from drawing the same number.
 */
@Repository
class LetterNumbers {

	private static final RowMapper<IssuedNumber> ISSUED = (rs, row) -> new IssuedNumber(rs.getLong("id"),
			new LetterNumber(rs.getString("classification_code"), rs.getInt("seq_no"),
					Month.of(rs.getInt("letter_month")), rs.getInt("letter_year")),
			rs.getString("kind_code"), DatabaseTime.date(rs, "letter_date"), rs.getString("subject_type"),
			rs.getString("subject_id"), rs.getString("about"), DatabaseTime.instant(rs, "issued_at"),
			rs.getString("issued_by"));

	private final JdbcClient jdbc;

	LetterNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Raises the year's counter by one and returns the new value. The UPDATE takes the row's lock, so a
	 * second request waits until the first one's transaction ends and then counts on from its value
	 * (both H2 and PostgreSQL re-read a row they waited for). The year's first number creates the row;
	 * two "first" requests are kept apart by locking the office's profile row while one of them creates
	 * it.
	 */
	int next(int officeId, int year) {
		if (raise(officeId, year) == 0) {
			jdbc.sql("select id from office_profile where id = ? for update").param(officeId).query(Integer.class)
				.single();
			if (raise(officeId, year) == 0) {
				jdbc.sql("insert into letter_counter (office_id, letter_year, last_sequence) values (?, ?, 1)")
					.params(officeId, year)
					.update();
			}
		}
		return last(officeId, year).orElseThrow();
	}

	private int raise(int officeId, int year) {
		return jdbc.sql("update letter_counter set last_sequence = last_sequence + 1 where office_id = ? and letter_year = ?")
			.params(officeId, year)
			.update();
	}

	Optional<Integer> last(int officeId, int year) {
		return jdbc.sql("select last_sequence from letter_counter where office_id = ? and letter_year = ?")
			.params(officeId, year)
			.query(Integer.class)
			.optional();
	}

	/** The year's counter, locked until the transaction ends, created at zero when the year has none. */
	int lockedLast(int officeId, int year) {
		jdbc.sql("select id from office_profile where id = ? for update").param(officeId).query(Integer.class).single();
		Optional<Integer> last = jdbc
			.sql("select last_sequence from letter_counter where office_id = ? and letter_year = ? for update")
			.params(officeId, year)
			.query(Integer.class)
			.optional();
		if (last.isEmpty()) {
			jdbc.sql("insert into letter_counter (office_id, letter_year, last_sequence) values (?, ?, 0)")
				.params(officeId, year)
				.update();
		}
		return last.orElse(0);
	}

	void setLast(int officeId, int year, int sequence) {
		jdbc.sql("update letter_counter set last_sequence = ? where office_id = ? and letter_year = ?")
			.params(sequence, officeId, year)
			.update();
	}

	long record(int officeId, LetterNumber number, String kindCode, LocalDate letterDate,
			String subjectType, String subjectId, String about, Instant at, String by, Long byId) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into letter_number (office_id, letter_year, seq_no, letter_month, classification_code, formatted,
				                           kind_code, letter_date, subject_type, subject_id, about, issued_at, issued_by,
				                           issued_by_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(officeId, number.year(), number.sequence(), number.month().getValue(), number.classificationCode(),
					number.toString(), kindCode, letterDate, subjectType, subjectId, about, DatabaseTime.of(at), by, byId)
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	void recordJump(int officeId, CounterJump jump) {
		jdbc.sql("""
				insert into letter_counter_jump (office_id, letter_year, from_sequence, to_sequence, reason, jumped_at,
				                                 jumped_by)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(officeId, jump.year(), jump.fromSequence(), jump.toSequence(), jump.reason(),
					DatabaseTime.of(jump.jumpedAt()), jump.jumpedBy())
			.update();
	}

	List<IssuedNumber> ofYear(int officeId, int year) {
		return jdbc.sql("select * from letter_number where office_id = ? and letter_year = ? order by seq_no")
			.params(officeId, year)
			.query(ISSUED)
			.list();
	}

	List<CounterJump> jumps(int officeId, int year) {
		return jdbc.sql("select * from letter_counter_jump where office_id = ? and letter_year = ? order by id")
			.params(officeId, year)
			.query((rs, row) -> new CounterJump(rs.getInt("letter_year"), rs.getInt("from_sequence"),
					rs.getInt("to_sequence"), rs.getString("reason"), DatabaseTime.instant(rs, "jumped_at"),
					rs.getString("jumped_by")))
			.list();
	}

	Optional<IssuedNumber> byId(long id) {
		return jdbc.sql("select * from letter_number where id = ?").param(id).query(ISSUED).optional();
	}

	private static final RowMapper<YearOpening> OPENING = (rs, row) -> new YearOpening(rs.getLong("id"),
			rs.getInt("letter_year"), rs.getInt("from_sequence"), rs.getInt("last_used"), rs.getString("reason"),
			DatabaseTime.instant(rs, "opened_at"), rs.getString("opened_by"), DatabaseTime.instant(rs, "closed_at"),
			rs.getString("closed_by"));

	/** The year's register, when the administrator reopened it and has not closed it again. */
	Optional<YearOpening> opening(int officeId, int year) {
		return jdbc.sql("select * from letter_year_opening where office_id = ? and letter_year = ? and closed_at is null")
			.params(officeId, year)
			.query(OPENING)
			.optional();
	}

	/** Every reopening, newest first. */
	List<YearOpening> openings(int officeId) {
		return jdbc.sql("select * from letter_year_opening where office_id = ? order by id desc")
			.param(officeId)
			.query(OPENING)
			.list();
	}

	void recordOpening(int officeId, int year, int fromSequence, int lastUsed, String reason, Instant at, String by) {
		jdbc.sql("""
				insert into letter_year_opening (office_id, letter_year, from_sequence, last_used, reason, opened_at,
				                                 opened_by)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(officeId, year, fromSequence, lastUsed, reason, DatabaseTime.of(at), by)
			.update();
	}

	boolean closeOpening(int officeId, int year, Instant at, String by) {
		return jdbc.sql("""
				update letter_year_opening set closed_at = ?, closed_by = ?
				where office_id = ? and letter_year = ? and closed_at is null""")
			.params(DatabaseTime.of(at), by, officeId, year)
			.update() > 0;
	}

	List<Integer> years(int officeId) {
		return jdbc.sql("select letter_year from letter_counter where office_id = ? order by letter_year desc")
			.param(officeId)
			.query(Integer.class)
			.list();
	}
}
