package id.aduan.accounts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach which pages. Citizens' pages and the public API need no login; staff pages need a
 * staff role, administration the administrator. Finer rules (which complaint, which action) are the
 * complaint's own to decide. CSRF protection is on for every form; only the public JSON API, which
 * uses no cookie, is exempt, as are Open311 (keyed by {@code api_key}) and the mail pipe (keyed by its
 * token). Every answer carries a strict content security policy, a referrer policy and a permissions
 * policy ({@link #securityHeaders}); the chat widget ({@code /widget.js}, {@code /percakapan/widget})
 * may be framed by the office's configured websites, everything else only by Aduan itself. A
 * participant's self check-in ({@code /hadir/{secret}}) needs no login; changes to coaching sessions
 * ({@code POST /staf/pembinaan/**}) need the coordinator. Health is public (load balancers ask it);
 * metrics and other actuator endpoints need the administrator on the application's port, and are open
 * on the separate management port when one is configured ({@code management.server.port}), which the
 * operator keeps on an internal address for Prometheus. Failed logins are throttled per account and
 * per address ({@link LoginThrottle}); a one-time password opens only the password page
 * ({@link PasswordChangeRequired}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	static final String[] PUBLIC_PATHS = { "/", "/pengaduan/**", "/lacak/**", "/api/v1/public/**", "/api/v1/calendar/**", "/webjars/**",
			"/css/**", "/js/**", "/img/**", "/favicon.ico", "/login", "/login/terkunci", "/error", "/v3/api-docs/**",
			"/swagger-ui/**", "/swagger-ui.html", "/actuator/health/**", "/actuator/info", "/livez", "/readyz", "/periksa-laporan",
			"/api/v1/report-audits", "/hadir/**", "/open311/**", "/widget.js", "/percakapan/**", "/api/v1/mail/**",
			"/api/v1/whatsapp/**" };

	/** Paths that answer machines, not browsers with a session: no CSRF token to ask for. */
	static final String[] NO_CSRF = { "/api/v1/public/**", "/api/v1/report-audits", "/open311/**", "/api/v1/mail/**",
			"/api/v1/whatsapp/**" };

	/**
	 * What a page may load and who may frame it: scripts, styles, fonts and requests only from Aduan
	 * itself, never inline (the templates carry no inline script or style attribute; a test keeps it so),
	 * images also as {@code data:} URIs (charts, the emblem's preview) and, on the staff's and citizens'
	 * pages, from the map's tile server; no plugins, forms only to Aduan. The {@code %s} are the style
	 * sources, the tile server and who may frame the page.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src %s; "
			+ "img-src 'self' data:%s; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors %s";

	private static final String SAME_ORIGIN = "'self'";

	/**
	 * Swagger UI (the API's documentation, a library's page showing no one's data) sets styles inline
	 * as it draws; its pages alone allow that.
	 */
	private static final String INLINE_STYLES_TOO = "'self' 'unsafe-inline'";

	/**
	 * No page needs the camera, microphone or payments: a script that would is refused them. Location only
	 * for Aduan's own pages (the complaint form's "use my location"), never for a frame of another site.
	 */
	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(self), payment=(), usb=()";

	/**
	 * The headers every answer carries, besides Spring Security's defaults: the content security policy
	 * with {@code frameAncestors}, the referrer kept within Aduan (a tracking page's address carries the
	 * tracking code), and the permissions policy.
	 */
	static void securityHeaders(HeadersConfigurer<HttpSecurity> headers, String frameAncestors) {
		securityHeaders(headers, SAME_ORIGIN, frameAncestors);
	}

	private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers, String styleSources,
			String frameAncestors) {
		securityHeaders(headers, styleSources, "", frameAncestors);
	}

	private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers, String styleSources,
			String imageSources, String frameAncestors) {
		headers.contentSecurityPolicy(csp -> csp
			.policyDirectives(CONTENT_SECURITY_POLICY.formatted(styleSources, imageSources, frameAncestors)))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
	}

	/**
	 * The origin of the map's tile server ({@code aduan.map.tiles}), for the pages' image sources, with a
	 * leading space; nothing when there is no map or its address is not an absolute http(s) one.
	 */
	static String tileOrigin(String tiles) {
		java.util.regex.Matcher origin = java.util.regex.Pattern.compile("^(https?://[A-Za-z0-9.-]+(?::\\d+)?)/")
			.matcher(tiles.strip());
		return origin.find() ? " " + origin.group(1) : "";
	}

	/**
	 * Spring Security would observe each of its filters, each authentication and each authorization:
	 * a dozen Micrometer observations a request, and, even with those observations switched off by
	 * property, a decorator around every filter of every chain. Off: the request itself is still
	 * observed ({@code http.server.requests}), which is what operators watch.
	 */
	@Bean
	static SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * The chat widget's page lives in a frame on the office's own website, so it may be framed by the
	 * sites named in {@code aduan.conversations.frame-ancestors} (space-separated origins; by default
	 * only Aduan itself, until the operator names the office's website). Everything else may be framed
	 * only by Aduan itself.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain widget(HttpSecurity http,
			@Value("${aduan.conversations.frame-ancestors:'self'}") String frameAncestors) throws Exception {
		http.securityMatcher("/percakapan/widget", "/widget.js")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.headers(headers -> securityHeaders(headers.frameOptions(frame -> frame.disable()), frameAncestors))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	/**
	 * The machines' public doors (the public API and Open311) need no login, no session and no CSRF
	 * token: a chain of their own without the session, request-cache, logout and password filters of
	 * the staff's chain, which cost a citizen's request more than its own work. The security headers
	 * stay.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain publicApi(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/v1/public/**", "/open311/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.headers(headers -> securityHeaders(headers, SAME_ORIGIN))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.logout(logout -> logout.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	/** The API's documentation (Swagger UI): public, read-only, framed by nobody else, inline styles allowed. */
	@Bean
	@Order(3)
	SecurityFilterChain apiDocumentation(HttpSecurity http) throws Exception {
		http.securityMatcher("/swagger-ui/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.headers(headers -> securityHeaders(headers.frameOptions(frame -> frame.sameOrigin()), INLINE_STYLES_TOO,
					SAME_ORIGIN))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	@Bean
	SecurityFilterChain web(HttpSecurity http, @Value("${management.server.port:-1}") int managementPort,
			@Value("${aduan.map.tiles:}") String mapTiles, LoginThrottle throttle) throws Exception {
		LoginThrottleFilter throttling = new LoginThrottleFilter(throttle);
		RequestMatcher onManagementPort = request -> managementPort > 0 && request.getLocalPort() == managementPort;
		http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PATHS)
			.permitAll()
			.requestMatchers(onManagementPort)
			.permitAll()
			.requestMatchers("/admin/**", "/actuator/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers(HttpMethod.POST, "/staf/pembinaan/**")
			.hasRole(Role.COORDINATOR.name())
			.requestMatchers("/staf/**", "/api/v1/staff/**")
			.hasAnyRole(Role.HELPDESK.name(), Role.COORDINATOR.name(), Role.UNIT_OFFICER.name(), Role.HEAD.name())
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.successHandler(throttling.successHandler("/beranda"))
				.failureHandler(throttling.failureHandler())
				.permitAll())
			.addFilterBefore(throttling, UsernamePasswordAuthenticationFilter.class)
			.logout(logout -> logout.logoutSuccessUrl("/login?keluar"))
			.headers(headers -> securityHeaders(headers.frameOptions(frame -> frame.sameOrigin()), SAME_ORIGIN,
					tileOrigin(mapTiles), SAME_ORIGIN))
			.csrf(csrf -> csrf.ignoringRequestMatchers(NO_CSRF))
			.addFilterAfter(new PasswordChangeRequired(onManagementPort), AuthorizationFilter.class);
		return http.build();
	}
}
