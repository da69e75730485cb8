package id.aduan.system;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The name a form or a JSON body gives a component whose Java name differs (Open311's
 * {@code address_string}, the help desk's {@code channelReference}): the name a {@link FieldProblem}
 * carries, so that the answer points at the field the user filled in.
 */
@Documented
@Target({ FIELD, RECORD_COMPONENT })
@Retention(RUNTIME)
public @interface FieldName {

	String value();
}
