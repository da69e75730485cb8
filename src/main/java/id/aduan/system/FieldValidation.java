package id.aduan.system;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.nodenameprovider.JavaBeanProperty;
import org.hibernate.validator.spi.nodenameprovider.Property;

/**
 * The bridge from Bean Validation to {@link FieldProblem}s: runs the constraints declared on a record
 * ({@link Required}, {@link MaxLength}, {@link PlainText}, {@link EmailAddress}, {@link PhoneNumber}...)
 * and words each violation the way the 422 answer and the form pages have always shown it: the field as
 * the form names it ({@link FieldName}, else the component's name), the constraint's message template
 * as the message key (resolved later in the user's language from {@code messages*.properties}), and
 * {@link MaxLength}'s limit as the message's argument.
 * <p>
 * One problem a field, the most basic first (required, too long, email, phone, control characters),
 * in the order the record declares its fields: what users have always been shown. The validator is
 * built once for the JVM, not taken from Spring, because the constraints need no beans and because
 * records and plain JUnit tests check input without an application context.
 */
final class FieldValidation {

	private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
		.configure()
		.propertyNodeNameProvider(FieldValidation::nameOf)
		.messageInterpolator(new ParameterMessageInterpolator())
		.buildValidatorFactory()
		.getValidator();

	/** Which of a field's problems is shown, when it has several. */
	private static final List<Class<?>> FIRST_SHOWN = List.of(Required.class, MaxLength.class, EmailAddress.class,
			PhoneNumber.class, PlainText.class);

	private FieldValidation() {
	}

	/** Every field of {@code bean} that breaks a declared rule, named {@code prefix.field} when a prefix is given. */
	static List<FieldProblem> problemsOf(String prefix, Object bean) {
		Set<ConstraintViolation<Object>> violations = VALIDATOR.validate(bean);
		if (violations.isEmpty()) {
			return List.of();
		}
		List<String> order = fieldNames(bean.getClass());
		Map<String, ConstraintViolation<Object>> shown = new LinkedHashMap<>();
		violations.stream()
			.sorted(Comparator.comparingInt((ConstraintViolation<Object> v) -> position(order, v))
				.thenComparing(v -> v.getPropertyPath().toString())
				.thenComparingInt(FieldValidation::rank))
			.forEach(v -> shown.putIfAbsent(v.getPropertyPath().toString(), v));
		List<FieldProblem> problems = new ArrayList<>(shown.size());
		shown.forEach((path, violation) -> problems.add(new FieldProblem(
				prefix == null || prefix.isEmpty() ? path : prefix + "." + path, key(violation),
				arguments(violation))));
		return problems;
	}

	private static String key(ConstraintViolation<?> violation) {
		String template = violation.getMessageTemplate();
		return template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1)
				: template;
	}

	private static List<Object> arguments(ConstraintViolation<?> violation) {
		if (violation.getConstraintDescriptor().getAnnotation() instanceof MaxLength max) {
			return List.of(max.value());
		}
		Object max = violation.getConstraintDescriptor().getAttributes().get("max");
		return max == null ? List.of() : List.of(max);
	}

	private static int rank(ConstraintViolation<?> violation) {
		int rank = FIRST_SHOWN.indexOf(violation.getConstraintDescriptor().getAnnotation().annotationType());
		return rank < 0 ? FIRST_SHOWN.size() : rank;
	}

	private static int position(List<String> order, ConstraintViolation<?> violation) {
		String path = violation.getPropertyPath().toString();
		int dot = path.indexOf('.');
		int index = order.indexOf(dot < 0 ? path : path.substring(0, dot));
		return index < 0 ? order.size() : index;
	}

	/** The names of a record's components (a class's fields), in declaration order, as problems name them. */
	private static List<String> fieldNames(Class<?> type) {
		if (type.isRecord()) {
			return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
				.map(name -> displayName(type, name)).toList();
		}
		return Arrays.stream(type.getDeclaredFields()).map(Field::getName).map(name -> displayName(type, name))
			.toList();
	}

	private static String nameOf(Property property) {
		return property instanceof JavaBeanProperty bean ? displayName(bean.getDeclaringClass(), property.getName())
				: property.getName();
	}

	private static String displayName(Class<?> type, String name) {
		try {
			FieldName renamed = type.getDeclaredField(name).getAnnotation(FieldName.class);
			return renamed == null ? name : renamed.value();
		}
		catch (NoSuchFieldException notAField) {
			return name;
		}
	}
}
