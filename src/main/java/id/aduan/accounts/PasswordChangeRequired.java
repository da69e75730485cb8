package id.aduan.accounts;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a user who logged in with a one-time password on the password page until they have chosen
 * their own: a printed or handed-over password must not stay in use.
 */
class PasswordChangeRequired extends OncePerRequestFilter {

	static final String PAGE = "/akun/kata-sandi";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff
				&& staff.mustChangePassword() && !allowed(request)) {
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				response.sendError(HttpServletResponse.SC_FORBIDDEN);
			}
			else {
				response.sendRedirect(request.getContextPath() + PAGE);
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean allowed(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals(PAGE) || path.equals("/logout") || path.startsWith("/webjars/") || path.startsWith("/css/")
				|| path.equals("/error") || !path.startsWith("/staf") && !path.startsWith("/admin")
						&& !path.startsWith("/akun") && !path.startsWith("/beranda") && !path.startsWith("/api/v1/staff");
	}
}
