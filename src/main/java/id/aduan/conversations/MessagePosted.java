package id.aduan.conversations;

/**
 * A message was added to a conversation; {@code complaintId} is empty for a website chat that is not a
 * complaint yet. Published in the transaction that stored it, so a notice queued in reaction exists
 * exactly when the message does.
 */
public record MessagePosted(long conversationId, long messageId, Long complaintId, Side side) {
}
