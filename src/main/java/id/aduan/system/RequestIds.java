package id.aduan.system;

import java.io.IOException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id, so that the log lines of one request can be found among those of many
 * instances: the id a load balancer or client sent in {@code X-Request-Id} when it is a plain token,
 * otherwise a new one. The id is in the logging context ({@code requestId}, in every log line and every
 * JSON log record), in the response's {@code X-Request-Id} and in API error answers, so a citizen's
 * "it failed" can be matched to the log. Runs before everything else, the session and security
 * filters included. Each request is logged at DEBUG; a request answered with a server error at WARN.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIds extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	static final String KEY = "requestId";

	/** What is taken over from outside: short, and nothing that could forge a log line. */
	private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	private static final Logger log = LoggerFactory.getLogger(RequestIds.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String offered = request.getHeader(HEADER);
		String id = offered != null && ACCEPTED.matcher(offered).matches() ? offered : fresh();
		long started = System.nanoTime();
		MDC.put(KEY, id);
		response.setHeader(HEADER, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			long millis = (System.nanoTime() - started) / 1_000_000;
			if (response.getStatus() >= 500 && !probe(request)) {
				log.warn("{} {} answered {} in {} ms", request.getMethod(), request.getRequestURI(), response.getStatus(),
						millis);
			}
			else if (log.isDebugEnabled()) {
				log.debug("{} {} answered {} in {} ms", request.getMethod(), request.getRequestURI(), response.getStatus(),
						millis);
			}
			MDC.remove(KEY);
		}
	}

	/**
	 * 128 random bits in hex: unique enough to find one request's lines among many instances' logs, and
	 * not from the shared secure random source, which every request would otherwise queue for.
	 */
	private static String fresh() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return HexFormat.of().toHexDigits(random.nextLong()) + HexFormat.of().toHexDigits(random.nextLong());
	}

	/** A health probe answering 503 is the probe working (starting, database away), not an error to log. */
	private static boolean probe(HttpServletRequest request) {
		String path = request.getRequestURI();
		return path.equals("/livez") || path.equals("/readyz") || path.startsWith("/actuator/health");
	}
}
