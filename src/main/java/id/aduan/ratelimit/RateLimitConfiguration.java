package id.aduan.ratelimit;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the rate limit in front of everything else, including the security filters (order -100). */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	static final int ORDER = -110;

	@Bean
	FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimitSettings settings, MessageSource messages) {
		FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(
				new RateLimitFilter(settings, messages));
		registration.setOrder(ORDER);
		registration.setEnabled(settings.enabled());
		registration.addUrlPatterns("/*");
		return registration;
	}
}
