package id.aduan.audit;

import java.time.Instant;

import id.aduan.system.Sha256;

/**
 * One link of the audit chain: an entry's hash is SHA-256 over the previous entry's hash and the
 * entry's own content, written field by field with its length so that no two different entries can
 * read the same ({@code "ab","c"} is not {@code "a","bc"}). The content is taken as the database
 * returns it, so the hash is the same on H2 and PostgreSQL and after a backup is restored.
 */
record ChainLink(long chainSeq, long id, Instant occurredAt, String actor, String action, String subjectType,
		String subjectId, String detail) {

	/** The "previous hash" of the first entry. */
	static final String GENESIS = "0".repeat(64);

	String hash(String previousHash) {
		StringBuilder content = new StringBuilder(previousHash).append('\n');
		for (String field : new String[] { Long.toString(chainSeq), Long.toString(id), occurredAt.toString(), actor,
				action, subjectType, subjectId, detail }) {
			if (field == null) {
				content.append("-;");
			}
			else {
				content.append(field.length()).append(':').append(field).append(';');
			}
		}
		return Sha256.hex(content.toString());
	}
}
