package id.aduan.open311;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.catalog.Catalog;
import id.aduan.catalog.PublicService;
import id.aduan.catalog.ReferenceList;
import id.aduan.complaints.queries.PublicRegister;
import id.aduan.intake.ComplaintLocations;

/**
 * The public read model behind GET requests: the register as the public sees it
 * ({@link PublicRegister}, one SQL, so that filters, order and pages agree; confidential complaints left
 * out in the query itself), with what an Open311 request brought beside its complaint (location, media,
 * and the service it was sent with, which stands in while the complaint has no service).
 */
@Component
@Transactional(readOnly = true)
class Open311Queries {

	/** Ids asked for at once: well below every database's limit on parameters. */
	private static final int BATCH = 1000;

	/** What an Open311 request brought beside its complaint. */
	private record Request(String serviceCode, String addressId, BigDecimal lat, BigDecimal lon, String mediaUrl) {
	}

	private final PublicRegister register;

	private final JdbcClient jdbc;

	private final Catalog catalog;

	private final Clock clock;

	private final ComplaintLocations locations;

	Open311Queries(PublicRegister register, JdbcClient jdbc, Catalog catalog, Clock clock, ComplaintLocations locations) {
		this.register = register;
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.clock = clock;
		this.locations = locations;
	}

	List<RequestView> list(RequestQuery query) {
		long offset = (long) (query.page() - 1) * query.pageSize();
		PublicRegister.Filter filter;
		if (!query.ids().isEmpty()) {
			filter = new PublicRegister.Filter(query.ids(), List.of(), List.of(), null, null, null, query.pageSize(),
					offset);
		}
		else {
			boolean open = query.statuses().contains("open");
			boolean closed = query.statuses().contains("closed");
			Instant start = query.start() != null ? query.start()
					: (query.end() != null ? query.end() : clock.instant()).minus(Duration.ofDays(90));
			List<Long> requestedWith = query.serviceCodes().isEmpty() ? List.of()
					: sentWithoutServiceLater(query.serviceCodes(), start, query.end());
			filter = new PublicRegister.Filter(List.of(), query.serviceCodes(), requestedWith,
					open == closed ? null : closed, start, query.end(), query.pageSize(), offset);
		}
		List<PublicRegister.Entry> entries = register.page(filter);
		Map<Long, Request> requests = requests(entries.stream().map(PublicRegister.Entry::id).toList());
		return entries.stream().map(entry -> view(entry, requests.get(entry.id()))).toList();
	}

	Optional<RequestView> one(long id) {
		return register.one(id).map(entry -> view(entry, requests(List.of(id)).get(id)));
	}

	/**
	 * The requests sent with one of {@code codes} whose complaints have no service now (staff took it away):
	 * they still count as requests for the service they were sent with.
	 */
	private List<Long> sentWithoutServiceLater(List<String> codes, Instant start, Instant end) {
		long channel = catalog.itemByCode(ReferenceList.CHANNEL, Open311Intake.CHANNEL).orElseThrow().id();
		List<Long> withoutService = register.withoutService(channel, start, end);
		List<Long> sentWith = new ArrayList<>();
		for (int i = 0; i < withoutService.size(); i += BATCH) {
			sentWith.addAll(jdbc.sql("select complaint_id from open311_request where service_code in (:codes)"
					+ " and complaint_id in (:ids)")
				.param("codes", codes)
				.param("ids", withoutService.subList(i, Math.min(withoutService.size(), i + BATCH)))
				.query(Long.class)
				.list());
		}
		return sentWith;
	}

	/**
	 * The Open311 requests behind these complaints, by complaint id; for complaints from elsewhere, the
	 * coordinates the complaint form gave (intake's {@link ComplaintLocations}), if any.
	 */
	private Map<Long, Request> requests(List<Long> complaintIds) {
		Map<Long, Request> requests = new HashMap<>();
		if (complaintIds.isEmpty()) {
			return requests;
		}
		jdbc.sql("""
				select complaint_id, service_code, address_id, lat, lon, media_url from open311_request
				where complaint_id in (:ids)""")
			.param("ids", complaintIds)
			.query((rs, row) -> requests.put(rs.getLong("complaint_id"), new Request(rs.getString("service_code"),
					rs.getString("address_id"), rs.getBigDecimal("lat"), rs.getBigDecimal("lon"),
					rs.getString("media_url"))))
			.list();
		locations.of(complaintIds.stream().filter(id -> !requests.containsKey(id)).toList())
			.forEach((id, location) -> requests.put(id, new Request(null, null, location.lat(), location.lon(), null)));
		return requests;
	}

	private RequestView view(PublicRegister.Entry entry, Request request) {
		String serviceCode = entry.serviceCode();
		String serviceName = entry.serviceName();
		if (serviceCode == null && request != null) {
			serviceCode = request.serviceCode();
			serviceName = catalog.serviceByCode(request.serviceCode()).map(PublicService::name).orElse(null);
		}
		return new RequestView(entry.id(), entry.status(), entry.answer(), serviceCode, serviceName,
				entry.description(), entry.agency(), entry.receivedAt(), entry.updatedAt(), entry.resolveDue(),
				entry.incidentPlace(), request == null ? null : request.addressId(), request == null ? null : request.lat(),
				request == null ? null : request.lon(), request == null ? null : request.mediaUrl(), entry.channelCode(),
				entry.heldFrom());
	}
}
