package id.aduan.conversations;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import id.aduan.complaints.TrackingCode;

/**
 * The threads a browser session has opened with their access keys: a {@link ComplainantPass} per tracking
 * code, kept in the session (stored in the database) instead of the key. The thread's page and the tracking
 * page read the same passes, so a key typed on one opens the thread on both.
 */
public final class ThreadPasses {

	/** Session attribute: tracking code → pass of the threads opened in this browser session. */
	static final String OPENED = "aduan.threadPasses";

	private ThreadPasses() {
	}

	public static Optional<ComplainantPass> of(HttpSession session, TrackingCode code) {
		return Optional.ofNullable(passes(session).get(code.value()));
	}

	public static void keep(HttpSession session, ComplainantPass pass) {
		Map<String, ComplainantPass> passes = passes(session);
		passes.put(pass.trackingCode(), pass);
		session.setAttribute(OPENED, passes);
	}

	public static void forget(HttpSession session, TrackingCode code) {
		Map<String, ComplainantPass> passes = passes(session);
		passes.remove(code.value());
		session.setAttribute(OPENED, passes);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, ComplainantPass> passes(HttpSession session) {
		Object passes = session.getAttribute(OPENED);
		if (passes == null) {
			passes = new HashMap<String, ComplainantPass>();
			session.setAttribute(OPENED, passes);
		}
		return (Map<String, ComplainantPass>) passes;
	}
}
