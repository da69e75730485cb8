package id.aduan.ratelimit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.HandlerInterceptor;

import id.aduan.system.TooManyRequests;

/**
 * Counts each public request against its client's bucket and refuses it with {@link TooManyRequests}
 * once the bucket is empty; the refusal is answered like every other one (problem JSON for the API,
 * Open311's {@code [{code, description}]} for Open311, the error page for people), in the user's
 * language as the rest of Aduan resolves it. It runs in Spring MVC, after the security filters: a
 * refused request costs those filters too, which on the public doors are stateless and cheap, against
 * the error answers kept in one place.
 */
class RateLimits implements HandlerInterceptor {

	private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

	private final ClientBuckets submissions;

	private final ClientBuckets reads;

	RateLimits(RateLimitSettings settings) {
		this.submissions = new ClientBuckets(settings.submissionsPerMinute(), settings.maxClients());
		this.reads = new ClientBuckets(settings.readsPerMinute(), settings.maxClients());
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean write = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
				&& !"OPTIONS".equals(request.getMethod());
		ClientBuckets buckets = write ? (isSubmission(path) ? submissions : null) : (isPublicRead(path) ? reads : null);
		long wait = buckets == null ? 0 : buckets.take(request.getRemoteAddr());
		if (wait > 0) {
			log.info("Batas permintaan terlampaui: {} {} dari {}", request.getMethod(), path, request.getRemoteAddr());
			throw new TooManyRequests(wait);
		}
		return true;
	}

	static boolean isSubmission(String path) {
		return path.startsWith("/pengaduan/") || path.startsWith("/api/v1/public/") || path.startsWith("/open311/")
				|| path.startsWith("/lacak/") || path.startsWith("/api/v1/report-audits") || path.equals("/periksa-laporan")
				|| path.startsWith("/hadir/");
	}

	static boolean isPublicRead(String path) {
		return path.startsWith("/lacak") || path.startsWith("/api/v1/public/") || path.startsWith("/open311/");
	}
}
