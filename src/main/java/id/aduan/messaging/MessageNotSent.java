package id.aduan.messaging;

/**
 * A platform did not take a message (unreachable, refused, misconfigured): the outbox records the reason
 * and tries again later, up to its number of attempts.
 */
public class MessageNotSent extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public MessageNotSent(String reason) {
		super(reason);
	}

	public MessageNotSent(String reason, Throwable cause) {
		super(reason, cause);
	}
}
