package id.aduan.accounts;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a user who logged in with a one-time password on the password page until they have chosen
 * their own: a printed or handed-over password must not stay in use, so it opens nothing else. The
 * gate covers every path of the application's port (pages, staff and public alike, the API and the
 * actuator) except the password page itself, logging in or out, error pages and the style sheets,
 * scripts and images the password page needs. Machines' paths ({@code /api/}, {@code /actuator/})
 * answer 403, pages send the browser to the password page. The separate management port, when one
 * is configured, is not the application's: it is open to whoever reaches it without any login.
 */
class PasswordChangeRequired extends OncePerRequestFilter {

	static final String PAGE = "/akun/kata-sandi";

	private static final List<String> OPEN = List.of(PAGE, "/login", "/logout", "/error", "/favicon.ico");

	private static final List<String> OPEN_PREFIXES = List.of("/webjars/", "/css/", "/js/", "/img/");

	private static final List<String> MACHINE_PREFIXES = List.of("/api/", "/actuator/");

	private final RequestMatcher managementPort;

	PasswordChangeRequired(RequestMatcher managementPort) {
		this.managementPort = managementPort;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff
				&& staff.mustChangePassword() && !managementPort.matches(request)) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			if (!OPEN.contains(path) && OPEN_PREFIXES.stream().noneMatch(path::startsWith)) {
				if (MACHINE_PREFIXES.stream().anyMatch(path::startsWith)) {
					response.sendError(HttpServletResponse.SC_FORBIDDEN);
				}
				else {
					response.sendRedirect(request.getContextPath() + PAGE);
				}
				return;
			}
		}
		chain.doFilter(request, response);
	}
}
