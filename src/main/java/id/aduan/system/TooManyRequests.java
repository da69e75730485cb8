package id.aduan.system;

/**
 * A client has asked too often and must wait {@code retryAfterSeconds}. Answered 429 with
 * {@code Retry-After}, in the shape and language of the door asked (problem JSON, Open311's errors, a
 * page), like every other refusal.
 */
public class TooManyRequests extends RuntimeException {

	private final long retryAfterSeconds;

	public TooManyRequests(long retryAfterSeconds) {
		super("ratelimit.detail");
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}
}
