package id.aduan.system;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Spring MVC's handler lookup with an index by the first segment of the path. Spring finds the handler
 * of a literal path ({@code /staf/dasbor}) in a map, but for a path with a variable in it
 * ({@code /api/v1/public/complaints/ADU-…}) it tries every mapping of the application in turn: in a
 * profile of tracking look-ups that search was a sixth of the request's CPU. Here a request is matched
 * against the mappings whose path starts with the same segment only, chosen as Spring chooses (the
 * most specific match). Whenever that is not plainly right, the request goes to Spring's own full
 * search, which then answers exactly as without this index: no match or an ambiguous one (404, 405,
 * 415 and the like), a CORS preflight, a path with a literal mapping of its own, or an application with
 * a mapping whose path begins with a variable or wildcard (the index is then not used at all).
 */
final class SegmentedRequestMappings extends RequestMappingHandlerMapping {

	private record Candidate(RequestMappingInfo info, HandlerMethod handler) {
	}

	private volatile Map<String, List<Candidate>> bySegment = Map.of();

	private volatile Set<String> literalPaths = Set.of();

	@Override
	public void afterPropertiesSet() {
		super.afterPropertiesSet();
		index();
	}

	@Override
	public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
		super.registerMapping(mapping, handler, method);
		index();
	}

	@Override
	public void unregisterMapping(RequestMappingInfo mapping) {
		super.unregisterMapping(mapping);
		index();
	}

	private synchronized void index() {
		Map<String, List<Candidate>> segments = new HashMap<>();
		Set<String> literals = new HashSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : getHandlerMethods().entrySet()) {
			Set<String> direct = getDirectPaths(entry.getKey());
			literals.addAll(direct);
			Set<String> patterns = entry.getKey().getPatternValues();
			if (patterns.isEmpty()) {
				bySegment = Map.of();
				return;
			}
			for (String pattern : patterns) {
				if (direct.contains(pattern)) {
					continue; // a literal path is found by Spring's own map, and matches nothing else
				}
				String segment = firstSegment(pattern);
				if (segment.isEmpty() || segment.contains("{") || segment.contains("*") || segment.contains("?")) {
					bySegment = Map.of();
					return;
				}
				segments.computeIfAbsent(segment, key -> new ArrayList<>())
					.add(new Candidate(entry.getKey(), entry.getValue()));
			}
		}
		segments.replaceAll((segment, candidates) -> List.copyOf(candidates));
		literalPaths = Set.copyOf(literals);
		bySegment = Map.copyOf(segments);
	}

	/** The first segments with an index of their own; none when the index is not used. */
	Set<String> indexedSegments() {
		return bySegment.keySet();
	}

	@Override
	protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
		List<Candidate> candidates = bySegment.get(firstSegment(lookupPath));
		if (candidates == null || literalPaths.contains(lookupPath) || CorsUtils.isPreFlightRequest(request)) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		RequestMappingInfo best = null;
		RequestMappingInfo runnerUp = null;
		HandlerMethod handler = null;
		for (Candidate candidate : candidates) {
			RequestMappingInfo match = candidate.info().getMatchingCondition(request);
			if (match == null) {
				continue;
			}
			if (best == null || match.compareTo(best, request) < 0) {
				runnerUp = best;
				best = match;
				handler = candidate.handler();
			}
			else if (runnerUp == null || match.compareTo(runnerUp, request) < 0) {
				runnerUp = match;
			}
		}
		if (best == null || (runnerUp != null && best.compareTo(runnerUp, request) == 0)) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, handler);
		handleMatch(best, lookupPath, request);
		return handler;
	}

	/** {@code api} of {@code /api/v1/public}; the empty text for {@code /}. */
	static String firstSegment(String path) {
		int start = path.startsWith("/") ? 1 : 0;
		int end = path.indexOf('/', start);
		return end < 0 ? path.substring(start) : path.substring(start, end);
	}
}
