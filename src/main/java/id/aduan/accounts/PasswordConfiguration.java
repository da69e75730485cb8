package id.aduan.accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are hashed (BCrypt, with the algorithm named in the hash so it can change later) and
 * how a login name finds its account. Needed by the web application and by commands alike.
 */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService staffDetails(StaffAccounts accounts) {
		return username -> accounts.principal(username == null ? "" : username.trim().toLowerCase())
			.orElseThrow(() -> new UsernameNotFoundException("unknown"));
	}
}
