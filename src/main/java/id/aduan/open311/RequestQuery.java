package id.aduan.open311;

import java.time.Instant;
import java.util.List;

/**
 * GET requests' filters (GeoReport v2): service_request_id (overrides everything else), service_code,
 * start_date, end_date, status; plus paging ({@code page} from 1, {@code page_size} up to 1000), which
 * the spec leaves to the server. Without dates, the last 90 days, as the spec advises.
 */
record RequestQuery(List<Long> ids, List<String> serviceCodes, Instant start, Instant end, List<String> statuses,
		int page, int pageSize) {

	static final int MAX_PAGE_SIZE = 1000;

	static final int DEFAULT_PAGE_SIZE = 50;
}
