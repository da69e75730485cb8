package id.aduan.documents;

import java.time.Instant;

/**
 * The administrator's record that the numbers after {@code fromSequence} up to {@code toSequence} of a
 * year were used outside Aduan (typed by hand before Aduan came, or by another application), so the
 * next number Aduan issues is {@code toSequence + 1}. The gap is then written down, not silent.
 */
public record CounterJump(int year, int fromSequence, int toSequence, String reason, Instant jumpedAt,
		String jumpedBy) {
}
