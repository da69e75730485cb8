package id.aduan.conversations;

import java.util.List;

/**
 * A website chat as the visitor or staff see it; {@code trackingCode} is set once staff turned it into
 * a complaint.
 */
public record ChatView(Conversation conversation, List<Message> messages, String trackingCode) {
}
