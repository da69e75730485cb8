package id.aduan.accounts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Puts Aduan's own security rules ({@link SecurityConfiguration}: which paths are public, which need
 * CSRF) into a slice test of another module, such as a {@code @WebMvcTest}, which would otherwise run
 * without any. The configuration stays package-private; this is its door for tests. Spring Security's
 * own set-up comes with it: in Boot 4 a {@code @WebMvcTest} adds it only with Boot's security test
 * module, which Aduan does not use. The login throttle, the rules' one collaborator that needs the
 * database, is a Mockito stand-in: it is asked only on {@code POST /login}, which no slice sends.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(SecurityConfiguration.class)
@ImportAutoConfiguration({ SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
		SecurityFilterAutoConfiguration.class })
@MockitoBean(types = LoginThrottle.class)
public @interface ImportSecurityRules {
}
