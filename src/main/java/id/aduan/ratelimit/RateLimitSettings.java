package id.aduan.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The limits per client address: {@code submissionsPerMinute} for POSTs to public doors (generous enough
 * for a village office or an internet café sharing one address, far too few for a script),
 * {@code readsPerMinute} for public GETs; {@code maxClients} bounds the memory the buckets take. Behind a
 * reverse proxy, set {@code server.forward-headers-strategy=native} so that the client's address, not the
 * proxy's, is counted.
 */
@ConfigurationProperties("aduan.rate-limit")
record RateLimitSettings(@DefaultValue("true") boolean enabled, @DefaultValue("30") int submissionsPerMinute,
		@DefaultValue("300") int readsPerMinute, @DefaultValue("100000") int maxClients) {
}
