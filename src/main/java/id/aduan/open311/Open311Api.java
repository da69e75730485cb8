package id.aduan.open311;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.MultiValueMap;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.aduan.catalog.Catalog;
import id.aduan.catalog.PublicService;
import id.aduan.catalog.WorkUnit;
import id.aduan.intake.Idempotency;
import id.aduan.system.ActionRefused;
import id.aduan.system.FieldProblem;
import id.aduan.system.InvalidInput;
import id.aduan.system.NotFound;
import id.aduan.system.TooManyRequests;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open311 GeoReport v2 (wiki.open311.org/GeoReport_v2) at {@code /open311/v2/}: every resource as
 * {@code .json} or {@code .xml} (JSON without an extension). Errors are the spec's
 * {@code [{code, description}]} with 400 for a wrong or missing parameter, 403 for a missing or wrong
 * {@code api_key}, 404 for what does not exist, in the reader's language (Indonesian unless
 * {@code ?lang=en}). Statuses are the spec's {@code open}/{@code closed}; Aduan's own status is in
 * {@code status_notes} and {@code extended_attributes}. Extensions: {@code page} and {@code page_size}
 * on GET requests, {@code Idempotency-Key} on POST.
 */
@RestController
@RequestMapping("/open311/v2")
class Open311Api {

	private static final DateTimeFormatter W3C = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

	private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([A-Za-z0-9_-]{1,40})](\\[])?");

	private final Catalog catalog;

	private final ServiceAttributes attributes;

	private final ApiKeys keys;

	private final Open311Intake intake;

	private final Open311Queries queries;

	private final Open311Settings settings;

	private final MessageSource messages;

	private final JsonMapper json;

	private final String publicUrl;

	Open311Api(Catalog catalog, ServiceAttributes attributes, ApiKeys keys, Open311Intake intake, Open311Queries queries,
			Open311Settings settings, MessageSource messages, JsonMapper json,
			@Value("${aduan.followup.public-url:http://localhost:8080}") String publicUrl) {
		this.catalog = catalog;
		this.attributes = attributes;
		this.keys = keys;
		this.intake = intake;
		this.queries = queries;
		this.settings = settings;
		this.messages = messages;
		this.json = json;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	@GetMapping({ "/discovery.{format}", "/discovery" })
	ResponseEntity<String> discovery(@PathVariable(required = false) String format) {
		Map<String, Object> endpoint = new LinkedHashMap<>();
		endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
		endpoint.put("url", publicUrl + "/open311/v2");
		endpoint.put("changeset", "2026-11-29T00:00:00Z");
		endpoint.put("type", "production");
		endpoint.put("formats", List.of("text/xml", "application/json"));
		Map<String, Object> discovery = new LinkedHashMap<>();
		discovery.put("changeset", "2026-11-29T00:00:00Z");
		discovery.put("contact", settings.contact() != null ? settings.contact() : contact());
		discovery.put("key_service", settings.keyService() != null ? settings.keyService() : text("open311.keyService"));
		discovery.put("endpoints", List.of(endpoint));
		return answer(format, HttpStatus.OK, "discovery", discovery);
	}

	@GetMapping({ "/services.{format}", "/services" })
	ResponseEntity<String> services(@PathVariable(required = false) String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
		jurisdiction(jurisdiction);
		Map<String, List<ServiceAttribute>> all = attributes.all();
		List<Map<String, Object>> services = new ArrayList<>();
		for (PublicService service : catalog.activeServices()) {
			String unit = catalog.unit(service.unitId()).map(WorkUnit::name).orElse(null);
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("service_code", service.code());
			item.put("service_name", service.name());
			item.put("description", service.name() + (unit == null ? "" : " (" + unit + ")"));
			item.put("metadata", all.containsKey(service.code()));
			item.put("type", "realtime");
			item.put("keywords", null);
			item.put("group", unit);
			services.add(item);
		}
		return answer(format, HttpStatus.OK, "services", services);
	}

	@GetMapping("/services/{resource}")
	ResponseEntity<String> service(@PathVariable String resource,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
		String code = name(resource);
		String format = extension(resource);
		format(format);
		jurisdiction(jurisdiction);
		PublicService service = catalog.serviceByCode(code)
			.filter(PublicService::active)
			.orElseThrow(() -> new NotFound("open311.service.notFound"));
		List<Map<String, Object>> list = new ArrayList<>();
		for (ServiceAttribute attribute : attributes.of(service.code())) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("variable", true);
			item.put("code", attribute.code());
			item.put("datatype", attribute.datatype());
			item.put("required", attribute.required());
			item.put("datatype_description", attribute.datatypeDescription());
			item.put("order", attribute.order());
			item.put("description", attribute.description());
			if (attribute.isList()) {
				item.put("values", attribute.values().stream().map(value -> {
					Map<String, Object> each = new LinkedHashMap<>();
					each.put("key", value.key());
					each.put("name", value.name());
					return each;
				}).toList());
			}
			list.add(item);
		}
		Map<String, Object> definition = new LinkedHashMap<>();
		definition.put("service_code", service.code());
		definition.put("attributes", list);
		return answer(format, HttpStatus.OK, "service_definition", definition);
	}

	@PostMapping({ "/requests.{format}", "/requests" })
	ResponseEntity<String> create(@PathVariable(required = false) String format,
			@RequestParam MultiValueMap<String, String> params,
			@RequestHeader(name = Idempotency.HEADER, required = false) String idempotencyKey) {
		format(format);
		ApiKey key = keys.active(params.getFirst("api_key"))
			.orElseThrow(() -> new ActionRefused(ActionRefused.Reason.ROLE, "open311.apiKey.invalid"));
		jurisdiction(params.getFirst("jurisdiction_id"));
		ServiceRequest request = request(params);
		Map<String, List<String>> canonical = new TreeMap<>(params);
		canonical.remove("api_key");
		Idempotency.Answer stored = intake.create(request, key, idempotencyKey, canonical.toString());
		CreatedRequest created = json.readValue(stored.body(), CreatedRequest.class);
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("service_request_id", String.valueOf(created.serviceRequestId()));
		item.put("token", created.token());
		item.put("service_notice", created.accessKey() == null ? text("open311.notice.replayed", created.trackingCode())
				: text("open311.notice", created.trackingCode(), created.accessKey()));
		item.put("account_id", request.accountId());
		return answer(format, HttpStatus.CREATED, "service_requests", List.of(item));
	}

	@GetMapping({ "/requests.{format}", "/requests" })
	ResponseEntity<String> list(@PathVariable(required = false) String format,
			@RequestParam(name = "service_request_id", required = false) String ids,
			@RequestParam(name = "service_code", required = false) String serviceCodes,
			@RequestParam(name = "start_date", required = false) String start,
			@RequestParam(name = "end_date", required = false) String end,
			@RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "page", required = false) String page,
			@RequestParam(name = "page_size", required = false) String pageSize,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
		format(format);
		jurisdiction(jurisdiction);
		List<FieldProblem> problems = new ArrayList<>();
		List<Long> idList = new ArrayList<>();
		for (String id : split(ids)) {
			if (id.matches("\\d{1,18}")) {
				idList.add(Long.valueOf(id));
			}
			else {
				problems.add(FieldProblem.of("service_request_id", "open311.id.invalid", id));
			}
		}
		List<String> statuses = split(status).stream().map(value -> value.toLowerCase(Locale.ROOT)).toList();
		statuses.stream()
			.filter(value -> !value.equals("open") && !value.equals("closed"))
			.forEach(value -> problems.add(FieldProblem.of("status", "open311.status.invalid", value)));
		Instant from = instant("start_date", start, false, problems);
		Instant to = instant("end_date", end, true, problems);
		if (from != null && to != null && to.isBefore(from)) {
			problems.add(FieldProblem.of("end_date", "open311.dates.order"));
		}
		int pageNumber = number("page", page, 1, Integer.MAX_VALUE, 1, problems);
		int size = number("page_size", pageSize, 1, RequestQuery.MAX_PAGE_SIZE, RequestQuery.DEFAULT_PAGE_SIZE, problems);
		InvalidInput.throwIfAny(problems);
		List<RequestView> found = queries.list(new RequestQuery(idList, split(serviceCodes), from, to, statuses,
				pageNumber, size));
		return answer(format, HttpStatus.OK, "service_requests", found.stream().map(this::request).toList());
	}

	@GetMapping("/requests/{resource}")
	ResponseEntity<String> one(@PathVariable String resource,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
		String id = name(resource);
		String format = extension(resource);
		format(format);
		jurisdiction(jurisdiction);
		RequestView view = (id.matches("\\d{1,18}") ? queries.one(Long.parseLong(id)) : java.util.Optional.<RequestView>empty())
			.orElseThrow(() -> new NotFound("open311.request.notFound"));
		return answer(format, HttpStatus.OK, "service_requests", List.of(request(view)));
	}

	@GetMapping("/tokens/{resource}")
	ResponseEntity<String> token(@PathVariable String resource,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
		String token = name(resource);
		String format = extension(resource);
		format(format);
		jurisdiction(jurisdiction);
		long id = intake.byToken(token).orElseThrow(() -> new NotFound("open311.token.notFound"));
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("service_request_id", String.valueOf(id));
		item.put("token", token);
		return answer(format, HttpStatus.OK, "service_requests", List.of(item));
	}

	@ExceptionHandler(InvalidInput.class)
	ResponseEntity<String> invalid(InvalidInput invalid, HttpServletRequest request) {
		boolean idempotency = invalid.problems().stream().allMatch(p -> p.field().equals(Idempotency.HEADER));
		HttpStatus status = idempotency ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.BAD_REQUEST;
		List<Map<String, Object>> errors = invalid.problems()
			.stream()
			.map(problem -> error(status, field(problem.field()) + ": "
					+ text(problem.messageKey(), problem.arguments().toArray())))
			.toList();
		return answer(formatOf(request), status, "errors", errors);
	}

	@ExceptionHandler(ActionRefused.class)
	ResponseEntity<String> refused(ActionRefused refused, HttpServletRequest request) {
		HttpStatus status = refused.reason() == ActionRefused.Reason.ROLE ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT;
		return answer(formatOf(request), status, "errors",
				List.of(error(status, text(refused.messageKey(), refused.arguments()))));
	}

	@ExceptionHandler(TooManyRequests.class)
	ResponseEntity<String> tooMany(TooManyRequests tooMany, HttpServletRequest request) {
		ResponseEntity<String> answer = answer(formatOf(request), HttpStatus.TOO_MANY_REQUESTS, "errors",
				List.of(error(HttpStatus.TOO_MANY_REQUESTS,
						text("ratelimit.detail", String.valueOf(tooMany.retryAfterSeconds())))));
		return ResponseEntity.status(answer.getStatusCode())
			.headers(answer.getHeaders())
			.header("Retry-After", String.valueOf(tooMany.retryAfterSeconds()))
			.body(answer.getBody());
	}

	@ExceptionHandler(NotFound.class)
	ResponseEntity<String> notFound(NotFound missing, HttpServletRequest request) {
		return answer(formatOf(request), HttpStatus.NOT_FOUND, "errors",
				List.of(error(HttpStatus.NOT_FOUND, text(missing.messageKey()))));
	}

	@ExceptionHandler({ MissingServletRequestParameterException.class, HttpMessageNotReadableException.class,
			HttpMediaTypeNotSupportedException.class })
	ResponseEntity<String> badRequest(Exception bad, HttpServletRequest request) {
		return answer(formatOf(request), HttpStatus.BAD_REQUEST, "errors",
				List.of(error(HttpStatus.BAD_REQUEST, text("open311.request.unreadable"))));
	}

	private Map<String, Object> request(RequestView view) {
		ZoneId zone = catalog.office().zone();
		String label = text("status." + view.status().name());
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("service_request_id", String.valueOf(view.id()));
		item.put("status", view.openOrClosed());
		item.put("status_notes", text("open311.statusNotes", label)
				+ (view.answer() == null ? "" : " " + text("open311.statusNotes.answer", view.answer())));
		item.put("service_name", view.serviceName());
		item.put("service_code", view.serviceCode());
		item.put("description", view.description());
		item.put("agency_responsible", view.agency());
		item.put("service_notice", null);
		item.put("requested_datetime", W3C.format(view.requested().atZone(zone)));
		item.put("updated_datetime", view.updated() == null ? null : W3C.format(view.updated().atZone(zone)));
		item.put("expected_datetime", view.expected() == null ? null
				: W3C.format(view.expected().atTime(23, 59, 59).atZone(zone)));
		item.put("address", view.address());
		item.put("address_id", view.addressId());
		item.put("zipcode", null);
		item.put("lat", view.lat());
		item.put("long", view.lon());
		item.put("media_url", view.mediaUrl());
		Map<String, Object> extended = new LinkedHashMap<>();
		extended.put("aduan_status", view.status().name());
		extended.put("aduan_status_label", label);
		extended.put("aduan_stage", view.status().publicStage(view.heldFrom()).name());
		extended.put("aduan_channel", view.channelCode());
		item.put("extended_attributes", extended);
		return item;
	}

	private ServiceRequest request(MultiValueMap<String, String> params) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		params.forEach((name, given) -> {
			Matcher attribute = ATTRIBUTE.matcher(name);
			if (attribute.matches()) {
				values.computeIfAbsent(attribute.group(1), code -> new ArrayList<>()).addAll(given);
			}
		});
		return new ServiceRequest(params.getFirst("service_code"), params.getFirst("lat"), params.getFirst("long"),
				params.getFirst("address_string"), params.getFirst("address_id"), params.getFirst("email"),
				params.getFirst("device_id"), params.getFirst("account_id"), params.getFirst("first_name"),
				params.getFirst("last_name"), params.getFirst("phone"), params.getFirst("description"),
				params.getFirst("media_url"), values);
	}

	private void jurisdiction(String jurisdiction) {
		if (!settings.servesJurisdiction(jurisdiction)) {
			throw new NotFound("open311.jurisdiction.notFound");
		}
	}

	private static String format(String format) {
		if (format != null && !format.equals("json") && !format.equals("xml")) {
			throw InvalidInput.of("format", "open311.format.invalid", format);
		}
		return format == null ? "json" : format;
	}

	/**
	 * A resource's name without its format extension: {@code L06.json} is {@code L06}. Mapped by hand,
	 * because a pattern with two captures ({@code {code}.{format}}) ranks below a bare {@code {code}}.
	 */
	private static String name(String resource) {
		int dot = resource.lastIndexOf('.');
		return dot < 0 ? resource : resource.substring(0, dot);
	}

	private static String extension(String resource) {
		int dot = resource.lastIndexOf('.');
		return dot < 0 ? null : resource.substring(dot + 1);
	}

	private static String formatOf(HttpServletRequest request) {
		return request.getRequestURI().endsWith(".xml") ? "xml" : "json";
	}

	private ResponseEntity<String> answer(String format, HttpStatus status, String root, Object content) {
		if ("xml".equals(format(format))) {
			return ResponseEntity.status(status)
				.contentType(new MediaType("text", "xml", java.nio.charset.StandardCharsets.UTF_8))
				.body(Open311Xml.write(root, content));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsString(content));
	}

	private static Map<String, Object> error(HttpStatus status, String description) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("code", status.value());
		error.put("description", description);
		return error;
	}

	/** The spec's parameter name for a field of the register. */
	private static String field(String field) {
		return switch (field) {
			case "complainant.email" -> "email";
			case "complainant.phone" -> "phone";
			case "complainant.name" -> "first_name";
			case "incidentPlace" -> "address_string";
			case "title", "description" -> "description";
			case "serviceId" -> "service_code";
			default -> field;
		};
	}

	private static List<String> split(String values) {
		if (values == null || values.isBlank()) {
			return List.of();
		}
		return Arrays.stream(values.split(",")).map(String::strip).filter(value -> !value.isEmpty()).toList();
	}

	/** W3C date-time (with offset), or a plain date in the office's zone: from its start, or to its end. */
	private Instant instant(String field, String value, boolean endOfDay, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value.strip()).toInstant();
		}
		catch (DateTimeParseException notADateTime) {
			try {
				LocalDate date = LocalDate.parse(value.strip());
				ZoneId zone = catalog.office().zone();
				return endOfDay ? date.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1)
						: date.atStartOfDay(zone).toInstant();
			}
			catch (DateTimeParseException notADate) {
				problems.add(FieldProblem.of(field, "open311.date.invalid", value));
				return null;
			}
		}
	}

	private static int number(String field, String value, int min, int max, int fallback, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			int number = Integer.parseInt(value.strip());
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException notANumber) {
			// reported below
		}
		problems.add(FieldProblem.of(field, "open311.number.invalid", String.valueOf(min), String.valueOf(max)));
		return fallback;
	}

	private String contact() {
		var office = catalog.office();
		return office.fullName() + ", " + office.address() + ", " + office.city()
				+ (office.email() == null ? "" : " · " + office.email()) + (office.phone() == null ? "" : " · " + office.phone());
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}
}
