package id.aduan.conversations;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading a message for Aduan's own processes: the notices that tell the other side of a conversation
 * that something was written. Not a view for people; it carries the visitor's address.
 */
@Component
@Transactional(readOnly = true)
public class ConversationQueries {

	private final Conversations conversations;

	ConversationQueries(Conversations conversations) {
		this.conversations = conversations;
	}

	public Optional<PostedMessage> posted(long messageId) {
		return conversations.message(messageId)
			.flatMap(message -> conversations.byId(message.conversationId())
				.map(conversation -> new PostedMessage(conversation, message)));
	}
}
