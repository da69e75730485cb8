package id.aduan.complaints;

import java.time.Instant;

/** The complainant's verdict on one answer (penilaian): 1 to 5, solved or not, and what they said. */
public record Rating(long complaintId, Instant answeredAt, Instant ratedAt, int score, boolean solved,
		String comment) {
}
