package id.aduan.system;

/** The thing asked for does not exist, or the user may not know that it exists. Answered 404. */
public class NotFound extends RuntimeException {

	private final String messageKey;

	public NotFound(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
