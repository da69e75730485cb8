package id.aduan.ratelimit;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the rate limits on every handler when {@code aduan.rate-limit.enabled}; after the other
 * interceptors (the language switch among them), so that a refusal speaks the language asked for.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration implements WebMvcConfigurer {

	private final RateLimitSettings settings;

	RateLimitConfiguration(RateLimitSettings settings) {
		this.settings = settings;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		if (settings.enabled()) {
			registry.addInterceptor(new RateLimits(settings)).order(100);
		}
	}
}
