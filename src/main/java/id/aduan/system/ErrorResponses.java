package id.aduan.system;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place where a user's mistake becomes an answer: JSON problem details (RFC 9457) with a
 * field list for the API ({@code /api/}, {@code /open311/}), an error page for people. Every answer
 * is in the user's language and names what to fix; none of them is a 500.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorResponses {

	private static final Logger log = LoggerFactory.getLogger(ErrorResponses.class);

	private final MessageSource messages;

	ErrorResponses(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidInput.class)
	Object invalidInput(InvalidInput ex, HttpServletRequest request, HttpServletResponse response) {
		List<Map<String, String>> errors = new ArrayList<>();
		for (FieldProblem problem : ex.problems()) {
			errors.add(Map.of("field", problem.field(), "message",
					text(problem.messageKey(), problem.arguments().toArray())));
		}
		return answer(request, HttpStatus.UNPROCESSABLE_CONTENT, "error.invalid.title", "error.invalid.detail",
				errors);
	}

	@ExceptionHandler(BindException.class)
	Object bindFailure(BindException ex, HttpServletRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		for (FieldError error : ex.getFieldErrors()) {
			String message = error.isBindingFailure() ? text("error.field.format", error.getField())
					: messages.getMessage(error, LocaleContextHolder.getLocale());
			errors.add(Map.of("field", error.getField(), "message", message));
		}
		return answer(request, HttpStatus.UNPROCESSABLE_CONTENT, "error.invalid.title", "error.invalid.detail",
				errors);
	}

	@ExceptionHandler(ActionRefused.class)
	Object refused(ActionRefused ex, HttpServletRequest request) {
		HttpStatus status = ex.reason() == ActionRefused.Reason.ROLE ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT;
		return answer(request, status, "error.refused.title", text(ex.messageKey(), ex.arguments()), List.of());
	}

	@ExceptionHandler(TooManyRequests.class)
	Object tooMany(TooManyRequests ex, HttpServletRequest request, HttpServletResponse response) {
		response.setHeader("Retry-After", String.valueOf(ex.retryAfterSeconds()));
		return answer(request, HttpStatus.TOO_MANY_REQUESTS, "ratelimit.title",
				text("ratelimit.detail", String.valueOf(ex.retryAfterSeconds())), List.of());
	}

	@ExceptionHandler(NotFound.class)
	Object notFound(NotFound ex, HttpServletRequest request) {
		return answer(request, HttpStatus.NOT_FOUND, "error.notFound.title", text(ex.messageKey()), List.of());
	}

	@ExceptionHandler(NoResourceFoundException.class)
	Object noPage(NoResourceFoundException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.NOT_FOUND, "error.notFound.title", "error.notFound.page", List.of());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	Object unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof BodySizeLimit.BodyTooLarge tooLarge) {
				return bodyTooLarge(tooLarge, request);
			}
		}
		return answer(request, HttpStatus.BAD_REQUEST, "error.badRequest.title", "error.body.unreadable", List.of());
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class })
	Object badParameter(Exception ex, HttpServletRequest request) {
		String name = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
				: ((MissingServletRequestParameterException) ex).getParameterName();
		return answer(request, HttpStatus.BAD_REQUEST, "error.badRequest.title", text("error.parameter", name),
				List.of(Map.of("field", name, "message", text("error.parameter", name))));
	}

	@ExceptionHandler(BodySizeLimit.BodyTooLarge.class)
	Object bodyTooLarge(BodySizeLimit.BodyTooLarge ex, HttpServletRequest request) {
		return answer(request, HttpStatus.CONTENT_TOO_LARGE, "error.badRequest.title",
				text("production.body.tooLarge", ex.limit / 1024), List.of());
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.CONTENT_TOO_LARGE, "error.badRequest.title", "error.upload.tooLarge",
				List.of());
	}

	@ExceptionHandler(MultipartException.class)
	Object badUpload(MultipartException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.BAD_REQUEST, "error.badRequest.title", "error.upload.unreadable",
				List.of());
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	Object mediaType(HttpMediaTypeNotSupportedException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.badRequest.title", "error.mediaType",
				List.of());
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object method(HttpRequestMethodNotSupportedException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.METHOD_NOT_ALLOWED, "error.badRequest.title", "error.method", List.of());
	}

	private Object answer(HttpServletRequest request, HttpStatus status, String titleKey, String detailKeyOrText,
			List<Map<String, String>> errors) {
		String title = text(titleKey);
		String detail = text(detailKeyOrText);
		if (log.isDebugEnabled()) {
			log.debug("{} {} answered {}: {}", request.getMethod(), request.getRequestURI(), status.value(), detail);
		}
		if (isApi(request)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
			problem.setTitle(title);
			problem.setInstance(URI.create(request.getRequestURI()));
			if (MDC.get(RequestIds.KEY) != null) {
				problem.setProperty("requestId", MDC.get(RequestIds.KEY));
			}
			if (!errors.isEmpty()) {
				problem.setProperty("errors", errors);
			}
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("title", title);
		page.addObject("detail", detail);
		page.addObject("errors", errors);
		return page;
	}

	static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/") || path.startsWith("/open311/");
	}

	/** A message key resolves in the user's language; anything else is already a text. */
	private String text(String keyOrText, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(keyOrText, args, keyOrText, locale);
	}
}
