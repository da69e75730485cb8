package id.aduan.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * What a check of the audit chain found: how many entries are sealed and where the head stands, how
 * many wait to be sealed (and since when), and the first place the chain is broken, if any.
 */
public record ChainReport(long sealed, long headSeq, String headHash, long unsealed, Instant oldestUnsealed,
		Optional<Break> firstBreak) {

	public boolean intact() {
		return firstBreak.isEmpty();
	}

	/**
	 * The first broken place: the chain number where it breaks, the entry found there (null when it is
	 * missing), and what is wrong.
	 */
	public record Break(long chainSeq, Long entryId, Instant occurredAt, String actor, String action, Kind kind) {
	}

	/** Ways a chain breaks. */
	public enum Kind {
		/** The entry's content no longer gives its hash: it was edited after sealing. */
		CHANGED,
		/** The entry does not point to the hash of the entry before it: one was replaced or moved. */
		LINK,
		/** A number of the chain is missing: an entry was deleted. */
		MISSING,
		/** The chain ends before its recorded head: entries were deleted from its end. */
		TRUNCATED,
		/** An entry does not have the hash the operator wrote down for it (see {@code --anchor}). */
		ANCHOR
	}
}
