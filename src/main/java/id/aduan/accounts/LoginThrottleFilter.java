package id.aduan.accounts;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The web side of {@link LoginThrottle}: a {@code POST /login} for a locked username or from a locked
 * address is answered {@code 429 Too Many Requests} with {@code Retry-After} and the login page saying
 * so, before the password is even looked at, so that the right password does not open a locked account
 * either. Failed and successful logins are counted by the handlers this class also provides.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	/** Where the refusal is rendered, by a forward; open to all (it shows the login page). */
	static final String REFUSED = "/login/terkunci";

	static final String RETRY_MINUTES = "retryMinutes";

	private final LoginThrottle throttle;

	LoginThrottleFilter(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod())
				|| !request.getRequestURI().equals(request.getContextPath() + "/login");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<Duration> wait = throttle.refusal(request.getParameter("username"), request.getRemoteAddr());
		if (wait.isPresent()) {
			refuse(request, response, wait.get());
			return;
		}
		chain.doFilter(request, response);
	}

	/** Counts the failure; the one that starts a lock is already answered 429. */
	AuthenticationFailureHandler failureHandler() {
		SimpleUrlAuthenticationFailureHandler wrongPassword = new SimpleUrlAuthenticationFailureHandler("/login?error");
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) -> {
			String username = request.getParameter("username");
			throttle.failed(username, request.getRemoteAddr());
			Optional<Duration> wait = throttle.refusal(username, request.getRemoteAddr());
			if (wait.isPresent()) {
				refuse(request, response, wait.get());
			}
			else {
				wrongPassword.onAuthenticationFailure(request, response, failure);
			}
		};
	}

	/** Ends the run of failures, then goes where every login goes. */
	AuthenticationSuccessHandler successHandler(String target) {
		SimpleUrlAuthenticationSuccessHandler home = new SimpleUrlAuthenticationSuccessHandler(target);
		home.setAlwaysUseDefaultTargetUrl(true);
		return (request, response, authentication) -> {
			throttle.succeeded(authentication.getName(), request.getRemoteAddr());
			home.onAuthenticationSuccess(request, response, authentication);
		};
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, Duration wait)
			throws ServletException, IOException {
		long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
		response.setStatus(429);
		response.setHeader("Retry-After", String.valueOf(seconds));
		request.setAttribute(RETRY_MINUTES, (seconds + 59) / 60);
		request.getRequestDispatcher(REFUSED).forward(request, response);
	}
}
