package id.aduan.system;

import java.util.List;

/**
 * A well-formed request that the current state or the user's role does not allow, such as closing a
 * complaint that has not been answered. Carries a message key for the user's language.
 */
public class ActionRefused extends RuntimeException {

	/** Why: the state does not allow it (answered 409), or the role does not (answered 403). */
	public enum Reason { STATE, ROLE }

	private final Reason reason;

	private final String messageKey;

	private final List<Object> arguments;

	public ActionRefused(Reason reason, String messageKey, Object... arguments) {
		super(reason + ": " + messageKey);
		this.reason = reason;
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	public Reason reason() {
		return reason;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.toArray();
	}
}
