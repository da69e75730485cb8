package id.aduan.open311;

import java.math.BigDecimal;
import java.net.URI;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.aduan.accounts.Actor;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.PublicService;
import id.aduan.catalog.ReferenceList;
import id.aduan.complaints.Arrival;
import id.aduan.complaints.Classification;
import id.aduan.complaints.Complainant;
import id.aduan.complaints.ComplaintRegistration;
import id.aduan.complaints.Matter;
import id.aduan.complaints.NewComplaint;
import id.aduan.complaints.Receipt;
import id.aduan.intake.Idempotency;
import id.aduan.system.FieldProblem;
import id.aduan.system.InvalidInput;
import id.aduan.system.Problems;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an Open311 POST into a complaint (channel API) through the one registration every channel uses.
 * GeoReport v2 wants a location (lat and long, an address, or an address id); Aduan keeps it as the
 * incident place. The service's attributes are checked against its definition and written into the
 * description as the officer will read them. Every problem is reported at once, named by the spec's
 * parameter names.
 */
@Component
class Open311Intake {

	static final String CHANNEL = "API";

	private final ComplaintRegistration registration;

	private final Catalog catalog;

	private final ServiceAttributes attributes;

	private final JdbcClient jdbc;

	private final Idempotency idempotency;

	private final TransactionTemplate transaction;

	private final JsonMapper json;

	private final SecureRandom random = new SecureRandom();

	Open311Intake(ComplaintRegistration registration, Catalog catalog, ServiceAttributes attributes, JdbcClient jdbc,
			Idempotency idempotency, JsonMapper json, TransactionTemplate transaction) {
		this.transaction = transaction;
		this.registration = registration;
		this.catalog = catalog;
		this.attributes = attributes;
		this.jdbc = jdbc;
		this.idempotency = idempotency;
		this.json = json;
	}

	/**
	 * Registers the request, with its Open311 row (token, location, device) and, given an
	 * {@code idempotencyKey}, the key's claim and kept answer, all in the complaint's own transaction;
	 * returns the answer to give: the new request, or the first answer for a key already used.
	 */
	Idempotency.Answer create(ServiceRequest request, ApiKey key, String idempotencyKey, String canonical) {
		if (idempotencyKey != null) {
			idempotency.check(idempotencyKey);
		}
		String token = token();
		Problems problems = new Problems();
		PublicService service = null;
		if (request.serviceCode() == null || request.serviceCode().isBlank()) {
			problems.add("service_code", "open311.serviceCode.required");
		}
		else {
			service = catalog.serviceByCode(request.serviceCode()).filter(PublicService::active).orElse(null);
			problems.check(service != null, "service_code", "open311.serviceCode.unknown", request.serviceCode());
		}
		BigDecimal lat = coordinate("lat", request.lat(), 90, problems);
		BigDecimal lon = coordinate("long", request.lon(), 180, problems);
		if ((lat == null) != (lon == null) && !problems.has("lat") && !problems.has("long")) {
			problems.add(lat == null ? "lat" : "long", "open311.location.pair");
		}
		boolean located = lat != null && lon != null || Problems.blankToNull(request.addressString()) != null
				|| Problems.blankToNull(request.addressId()) != null;
		if (!located && !problems.has("lat") && !problems.has("long")) {
			problems.add("lat", "open311.location.required");
		}
		problems.validate(request);
		if (Problems.blankToNull(request.mediaUrl()) != null && !isWebAddress(request.mediaUrl())) {
			problems.add("media_url", "open311.mediaUrl.invalid");
		}
		List<String> facts = service == null ? List.of() : attributeLines(service.code(), request.attributes(), problems);

		String description = Problems.blankToNull(request.description());
		StringBuilder text = new StringBuilder(description == null ? "" : description);
		if (!facts.isEmpty()) {
			text.append("\n\n").append(String.join("\n", facts));
		}
		if (Problems.blankToNull(request.mediaUrl()) != null) {
			text.append("\n\nMedia: ").append(request.mediaUrl().strip());
		}
		String name = String.join(" ", Stream.of(request.firstName(), request.lastName())
			.map(Problems::blankToNull)
			.filter(part -> part != null)
			.toList());
		String place = Problems.blankToNull(request.addressString()) != null ? request.addressString().strip()
				: Problems.blankToNull(request.addressId()) != null ? "ID alamat " + request.addressId().strip()
						: lat != null && lon != null ? lat.toPlainString() + ", " + lon.toPlainString() : null;
		long channel = catalog.itemByCode(ReferenceList.CHANNEL, CHANNEL).orElseThrow().id();
		NewComplaint complaint = NewComplaint
			.of(new Arrival(channel, null, "Open311 " + token),
					new Matter(service == null ? "-" : title(service, description),
							description == null ? null : text.toString(), null, place))
			.from(new Complainant(name.isEmpty() ? null : name, request.phone(), request.email(), null))
			.classifiedAs(Classification.ofService(service == null ? null : service.id()));
		List<FieldProblem> all = new ArrayList<>();
		try {
			problems.throwIfAny();
		}
		catch (InvalidInput invalid) {
			all.addAll(invalid.problems());
		}
		try {
			registration.check(complaint);
		}
		catch (InvalidInput invalid) {
			invalid.problems().stream().filter(problem -> !all.contains(problem)).forEach(all::add);
		}
		InvalidInput.throwIfAny(all);
		String serviceCode = service.code();
		Actor citizen = Actor.citizen(name.isEmpty() ? null : name);
		Supplier<Receipt> register = () -> {
			Receipt receipt = registration.registerWithReceipt(complaint, citizen);
			jdbc.sql("""
					insert into open311_request (complaint_id, token, api_key_id, service_code, lat, lon, address_string,
					                             address_id, media_url, device_id, account_id)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(receipt.complaintId(), token, key.id(), serviceCode, lat, lon,
						Problems.blankToNull(request.addressString()), Problems.blankToNull(request.addressId()),
						Problems.blankToNull(request.mediaUrl()), Problems.blankToNull(request.deviceId()),
						Problems.blankToNull(request.accountId()))
				.update();
			return receipt;
		};
		Function<Receipt, Idempotency.Answer> answering = receipt -> new Idempotency.Answer(201,
				json.writeValueAsString(CreatedRequest.of(receipt, token)), null);
		if (idempotencyKey == null) {
			return transaction.execute(status -> answering.apply(register.get()));
		}
		return idempotency.once("open311:" + key.id(), idempotencyKey, canonical, register, answering).answer();
	}

	/** The request behind a token, once it is a complaint. */
	Optional<Long> byToken(String token) {
		return jdbc.sql("select complaint_id from open311_request where token = ?").param(token).query(Long.class).optional();
	}

	private List<String> attributeLines(String serviceCode, Map<String, List<String>> given, Problems problems) {
		List<String> lines = new ArrayList<>();
		List<ServiceAttribute> defined = attributes.of(serviceCode);
		for (ServiceAttribute attribute : defined) {
			String field = "attribute[" + attribute.code() + "]";
			List<String> values = given.getOrDefault(attribute.code(), List.of()).stream()
				.map(Problems::blankToNull)
				.filter(value -> value != null)
				.toList();
			if (values.isEmpty()) {
				problems.check(!attribute.required(), field, "open311.attribute.required", attribute.description());
				continue;
			}
			if (values.size() > 1 && !attribute.datatype().equals("multivaluelist")) {
				problems.add(field, "open311.attribute.single");
				continue;
			}
			List<String> shown = new ArrayList<>();
			for (String value : values) {
				Optional<String> readable = readable(attribute, value);
				if (readable.isEmpty()) {
					problems.add(field, "open311.attribute.invalid", value);
				}
				else {
					shown.add(readable.get());
				}
			}
			lines.add(attribute.description() + ": " + String.join(", ", shown));
		}
		for (String code : given.keySet()) {
			problems.check(defined.stream().anyMatch(attribute -> attribute.code().equals(code)), "attribute[" + code + "]",
					"open311.attribute.unknown", code);
		}
		return lines;
	}

	private static Optional<String> readable(ServiceAttribute attribute, String value) {
		switch (attribute.datatype()) {
			case "number" -> {
				try {
					return Optional.of(new BigDecimal(value).toPlainString());
				}
				catch (NumberFormatException notANumber) {
					return Optional.empty();
				}
			}
			case "datetime" -> {
				try {
					return Optional.of(OffsetDateTime.parse(value).toString());
				}
				catch (DateTimeParseException notADate) {
					return Optional.empty();
				}
			}
			case "singlevaluelist", "multivaluelist" -> {
				return attribute.values().stream().filter(v -> v.key().equals(value)).map(ServiceAttribute.Value::name).findFirst();
			}
			default -> {
				return value.length() <= 1000 ? Optional.of(value) : Optional.empty();
			}
		}
	}

	private static BigDecimal coordinate(String field, String value, int limit, Problems problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			BigDecimal number = new BigDecimal(value.strip());
			if (number.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
				problems.add(field, "open311.coordinate.range", String.valueOf(limit));
				return null;
			}
			return number.setScale(6, java.math.RoundingMode.HALF_UP);
		}
		catch (NumberFormatException notANumber) {
			problems.add(field, "open311.coordinate.invalid");
			return null;
		}
	}

	private static boolean isWebAddress(String value) {
		try {
			URI uri = new URI(value.strip());
			return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (Exception notAnAddress) {
			return false;
		}
	}

	/** "Program Keluarga Harapan: Bantuan tahap IV belum masuk …", at most 200 characters. */
	private static String title(PublicService service, String description) {
		String first = description == null ? "" : description.strip().split("\\R", 2)[0];
		String title = service.name() + (first.isEmpty() ? "" : ": " + first);
		return title.length() > 200 ? title.substring(0, 199) + "…" : title;
	}

	private String token() {
		byte[] bytes = new byte[18];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
