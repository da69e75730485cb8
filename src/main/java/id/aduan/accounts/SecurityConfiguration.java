package id.aduan.accounts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach which pages. Citizens' pages and the public API need no login; staff pages need a
 * staff role, administration the administrator. Finer rules (which complaint, which action) are the
 * complaint's own to decide. CSRF protection is on for every form; only the public JSON API, which
 * uses no cookie, is exempt. A participant's self check-in ({@code /hadir/{secret}}) needs no login;
 * changes to coaching sessions ({@code POST /staf/pembinaan/**}) need the coordinator. Health is
 * public (load balancers ask it); metrics and other actuator endpoints need the administrator on the
 * application's port, and are open on the separate management port when one is configured
 * ({@code management.server.port}), which the operator keeps on an internal address for Prometheus.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	static final String[] PUBLIC_PATHS = { "/", "/pengaduan/**", "/lacak/**", "/api/v1/public/**", "/api/v1/calendar/**", "/webjars/**",
			"/css/**", "/js/**", "/img/**", "/favicon.ico", "/login", "/error", "/v3/api-docs/**",
			"/swagger-ui/**", "/swagger-ui.html", "/actuator/health/**", "/actuator/info", "/livez", "/readyz", "/periksa-laporan",
			"/api/v1/report-audits", "/hadir/**" };

	@Bean
	SecurityFilterChain web(HttpSecurity http, @Value("${management.server.port:-1}") int managementPort)
			throws Exception {
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
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/beranda", true).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?keluar"))
			.csrf(csrf -> csrf.ignoringRequestMatchers("/api/v1/public/**", "/api/v1/report-audits"))
			.addFilterAfter(new PasswordChangeRequired(), AuthorizationFilter.class);
		return http.build();
	}
}
