package id.aduan.conversations;

/** A message with its conversation, for whoever must tell the other side about it. */
public record PostedMessage(Conversation conversation, Message message) {
}
