package id.aduan.system;

import org.springframework.context.MessageSourceResolvable;

/**
 * A message argument that is itself translated, e.g. the name of an action inside "this action is
 * not allowed": Spring's message source resolves such arguments in the user's language.
 */
public record MessageKey(String key) implements MessageSourceResolvable {

	@Override
	public String[] getCodes() {
		return new String[] { key };
	}

	@Override
	public String getDefaultMessage() {
		return key;
	}
}
