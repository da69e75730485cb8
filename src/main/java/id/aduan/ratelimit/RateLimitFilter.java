package id.aduan.ratelimit;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Counts each public request against its client's bucket and answers 429 Too Many Requests with
 * {@code Retry-After} once the bucket is empty: RFC 9457 problem JSON for the API, Open311's
 * {@code [{code, description}]} for Open311, a short page for people. It runs before the security
 * filters, so a flood costs as little as possible. The language is the user's choice (the
 * {@code lang} parameter or cookie), Indonesian by default, as everywhere in Aduan.
 */
class RateLimitFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

	private final ClientBuckets submissions;

	private final ClientBuckets reads;

	private final MessageSource messages;

	RateLimitFilter(RateLimitSettings settings, MessageSource messages) {
		this.submissions = new ClientBuckets(settings.submissionsPerMinute(), settings.maxClients());
		this.reads = new ClientBuckets(settings.readsPerMinute(), settings.maxClients());
		this.messages = messages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean write = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
				&& !"OPTIONS".equals(request.getMethod());
		ClientBuckets buckets = write ? (isSubmission(path) ? submissions : null) : (isPublicRead(path) ? reads : null);
		long wait = buckets == null ? 0 : buckets.take(request.getRemoteAddr());
		if (wait == 0) {
			chain.doFilter(request, response);
			return;
		}
		log.info("Batas permintaan terlampaui: {} {} dari {}", request.getMethod(), path, request.getRemoteAddr());
		refuse(request, response, path, wait);
	}

	static boolean isSubmission(String path) {
		return path.startsWith("/pengaduan/") || path.startsWith("/api/v1/public/") || path.startsWith("/open311/")
				|| path.startsWith("/lacak/") || path.startsWith("/api/v1/report-audits") || path.equals("/periksa-laporan")
				|| path.startsWith("/hadir/");
	}

	static boolean isPublicRead(String path) {
		return path.startsWith("/lacak") || path.startsWith("/api/v1/public/") || path.startsWith("/open311/");
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, String path, long wait)
			throws IOException {
		Locale locale = locale(request);
		String title = messages.getMessage("ratelimit.title", null, locale);
		String detail = messages.getMessage("ratelimit.detail", new Object[] { String.valueOf(wait) }, locale);
		response.setStatus(429);
		response.setHeader("Retry-After", String.valueOf(wait));
		response.setCharacterEncoding("UTF-8");
		if (path.startsWith("/open311/")) {
			boolean xml = path.endsWith(".xml");
			response.setContentType(xml ? "text/xml" : "application/json");
			String text = HtmlUtils.htmlEscape(detail);
			response.getWriter().write(xml
					? "<?xml version=\"1.0\" encoding=\"utf-8\"?><errors><error><code>429</code><description>" + text
							+ "</description></error></errors>"
					: "[{\"code\":429,\"description\":" + json(detail) + "}]");
		}
		else if (path.startsWith("/api/")) {
			response.setContentType("application/problem+json");
			response.getWriter().write("{\"type\":\"about:blank\",\"title\":" + json(title) + ",\"status\":429,\"detail\":"
					+ json(detail) + ",\"instance\":" + json(path) + "}");
		}
		else {
			response.setContentType("text/html");
			response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\"><title>"
					+ HtmlUtils.htmlEscape(title) + "</title></head><body><h1>" + HtmlUtils.htmlEscape(title) + "</h1><p>"
					+ HtmlUtils.htmlEscape(detail) + "</p></body></html>");
		}
	}

	private static Locale locale(HttpServletRequest request) {
		String lang = request.getParameter("lang");
		if (lang == null && request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if ("ADUAN_LANG".equals(cookie.getName())) {
					lang = cookie.getValue();
				}
			}
		}
		return "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.forLanguageTag("id");
	}

	private static String json(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char ch : text.toCharArray()) {
			switch (ch) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (ch < 0x20) {
						out.append(String.format("\\u%04x", (int) ch));
					}
					else {
						out.append(ch);
					}
				}
			}
		}
		return out.append('"').toString();
	}
}
