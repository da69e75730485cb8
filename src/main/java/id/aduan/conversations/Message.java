package id.aduan.conversations;

import java.time.Instant;
import java.util.List;

/**
 * One message of a conversation, with who wrote it and when; messages are only ever added.
 * {@code authorName} is the staff member's name for staff pages; complainants see "Petugas" instead
 * (see {@link #publicAuthor()}), as the public timeline never names staff.
 */
public record Message(long id, long conversationId, Instant sentAt, Side side, String authorName, Long authorAccountId,
		Via via, String body, List<MessageFile> files) {

	public Message {
		files = files == null ? List.of() : List.copyOf(files);
	}

	/** The author as the citizen side sees them: staff unnamed. */
	public String publicAuthor() {
		return side == Side.STAFF ? null : authorName;
	}
}
