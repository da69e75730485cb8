package id.aduan.system;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A ceiling on request bodies that no other limit covers: JSON (and anything else that is neither a
 * file upload nor a plain form, which have their own limits) is read at most up to
 * {@code aduan.web.max-body-size} (1 MB; a complaint's longest texts are a few tens of KB). Reading
 * past it fails at once, also for a body that states no length, and {@link ErrorResponses} answers
 * 413, so a client cannot make Aduan hold a hundred megabytes of JSON in memory. A module may give one
 * of its paths a larger ceiling with a {@link LargerBody} bean (the mail pipe: whole emails).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BodySizeLimit extends OncePerRequestFilter {

	private final long limit;

	private final MessageSource messages;

	private final Map<String, Long> larger;

	BodySizeLimit(@Value("${aduan.web.max-body-size:1MB}") DataSize limit, MessageSource messages,
			List<LargerBody> larger) {
		this.limit = limit.toBytes();
		this.messages = messages;
		this.larger = larger.stream()
			.collect(Collectors.toUnmodifiableMap(LargerBody::path, body -> body.limit().toBytes(), Math::max));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
		boolean ownLimit = type.startsWith("multipart/") || type.startsWith("application/x-www-form-urlencoded");
		try {
			long ceiling = larger.getOrDefault(request.getRequestURI().substring(request.getContextPath().length()), limit);
			chain.doFilter(ownLimit ? request : new Limited(request, ceiling), response);
		}
		catch (RuntimeException failed) {
			if (!ownLimit || !uploadTooLarge(failed) || response.isCommitted()) {
				throw failed;
			}
			tooLarge(request, response);
		}
	}

	/**
	 * An upload past the server's multipart limit fails where the first filter reads a parameter (the
	 * CSRF check), before Spring MVC and its error answers; and the error page would read it again. So
	 * the answer is written here, plainly: 413 and the reason in Indonesian.
	 */
	private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String detail = messages.getMessage("error.upload.tooLarge", null, WebConfiguration.INDONESIAN);
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		response.setCharacterEncoding("UTF-8");
		if (ErrorResponses.isApi(request)) {
			response.setContentType("application/problem+json");
			response.getWriter().write("{\"status\":413,\"title\":\"" + messages.getMessage("error.badRequest.title", null,
					WebConfiguration.INDONESIAN) + "\",\"detail\":\"" + detail + "\"}");
		}
		else {
			response.setContentType("text/plain");
			response.getWriter().write(detail);
		}
	}

	private static boolean uploadTooLarge(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String name = cause.getClass().getName();
			if (name.endsWith("SizeException") || name.contains("SizeLimitExceeded")
					|| name.endsWith("MaxUploadSizeExceededException") || name.endsWith("InvalidParameterException")
							&& String.valueOf(cause.getMessage()).toLowerCase().contains("size")) {
				return true;
			}
		}
		return false;
	}

	/** Thrown when a body passes the ceiling; {@link ErrorResponses} turns it into 413. */
	static final class BodyTooLarge extends IOException {

		private static final long serialVersionUID = 1L;

		final long limit;

		BodyTooLarge(long limit) {
			super("Request body larger than " + limit + " bytes");
			this.limit = limit;
		}
	}

	private static final class Limited extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		Limited(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				if (getContentLengthLong() > limit) {
					throw new BodyTooLarge(limit);
				}
				stream = new Counting(super.getInputStream(), limit);
			}
			return stream;
		}
	}

	private static final class Counting extends ServletInputStream {

		private final ServletInputStream in;

		private final long limit;

		private long read;

		Counting(ServletInputStream in, long limit) {
			this.in = in;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws BodyTooLarge {
			read += n;
			if (read > limit) {
				throw new BodyTooLarge(limit);
			}
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}

		@Override
		public int available() throws IOException {
			return in.available();
		}

		@Override
		public void close() throws IOException {
			in.close();
		}

		@Override
		public long skip(long n) throws IOException {
			return in.skip(n);
		}
	}
}
