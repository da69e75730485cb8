package id.aduan.complaints;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.aduan.system.DatabaseTime;

@Repository
class Ratings {

	private final JdbcClient jdbc;

	Ratings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(Rating rating) {
		jdbc.sql("""
				insert into complaint_rating (complaint_id, answered_at, rated_at, score, solved, comment)
				values (?, ?, ?, ?, ?, ?)""")
			.params(rating.complaintId(), DatabaseTime.of(rating.answeredAt()), DatabaseTime.of(rating.ratedAt()),
					rating.score(), rating.solved(), rating.comment())
			.update();
	}

	Optional<Rating> forAnswer(long complaintId, Instant answeredAt) {
		return jdbc.sql("""
				select complaint_id, answered_at, rated_at, score, solved, comment from complaint_rating
				where complaint_id = ? and answered_at = ?""")
			.params(complaintId, DatabaseTime.of(answeredAt))
			.query((rs, row) -> new Rating(rs.getLong("complaint_id"), DatabaseTime.instant(rs, "answered_at"),
					DatabaseTime.instant(rs, "rated_at"), rs.getInt("score"), rs.getBoolean("solved"),
					rs.getString("comment")))
			.optional();
	}
}
