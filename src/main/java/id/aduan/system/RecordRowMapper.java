package id.aduan.system;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * Maps each row to a record whose components are named like the columns ({@code sort_order} fills
 * {@code sortOrder}), finding the columns once per result set from its metadata.
 * <p>
 * Use it instead of JdbcClient's {@code query(SomeRecord.class)}: Spring's
 * {@code SimplePropertyRowMapper} (and {@code DataClassRowMapper}) find each column by asking for
 * {@code sortOrder} first and, when the driver throws, for {@code sort_order}. H2 writes every such
 * exception into its {@code .trace.db} file, which grew by tens of megabytes an hour on the default
 * database. Nothing here asks the driver for a column that is not there.
 * <p>
 * A mapper remembers the columns of the result set it last saw, so create one per query with
 * {@link #of(Class)}.
 */
public final class RecordRowMapper<T extends Record> implements RowMapper<T> {

	private final Class<T> type;

	private final RecordComponent[] components;

	private final Constructor<T> constructor;

	private volatile Columns columns;

	private RecordRowMapper(Class<T> type) {
		this.type = type;
		this.components = type.getRecordComponents();
		try {
			this.constructor = type.getDeclaredConstructor(
					Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
			this.constructor.setAccessible(true);
		}
		catch (NoSuchMethodException impossible) {
			throw new IllegalStateException("Every record has its canonical constructor", impossible);
		}
	}

	public static <T extends Record> RecordRowMapper<T> of(Class<T> type) {
		return new RecordRowMapper<>(type);
	}

	@Override
	public T mapRow(ResultSet rs, int rowNumber) throws SQLException {
		int[] indexes = columnsOf(rs);
		Object[] values = new Object[components.length];
		for (int i = 0; i < components.length; i++) {
			values[i] = value(rs, indexes[i], components[i]);
		}
		try {
			return constructor.newInstance(values);
		}
		catch (InstantiationException | IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("Cannot make a " + type.getSimpleName() + " of a row", ex);
		}
	}

	private int[] columnsOf(ResultSet rs) throws SQLException {
		Columns known = columns;
		if (known != null && known.resultSet == rs) {
			return known.indexes;
		}
		ResultSetMetaData metaData = rs.getMetaData();
		Map<String, Integer> byName = new HashMap<>();
		for (int column = metaData.getColumnCount(); column >= 1; column--) {
			byName.put(normalised(JdbcUtils.lookupColumnName(metaData, column)), column);
		}
		int[] indexes = new int[components.length];
		for (int i = 0; i < components.length; i++) {
			Integer index = byName.get(normalised(components[i].getName()));
			if (index == null) {
				throw new InvalidDataAccessApiUsageException("The query for " + type.getSimpleName()
						+ " has no column for " + components[i].getName() + " (columns: " + byName.keySet() + ")");
			}
			indexes[i] = index;
		}
		columns = new Columns(rs, indexes);
		return indexes;
	}

	/** {@code sort_order}, {@code SORT_ORDER} and {@code sortOrder} all become {@code sortorder}. */
	private static String normalised(String name) {
		return name.replace("_", "").toLowerCase(Locale.ROOT);
	}

	/**
	 * Reads with the getter that fits the component's type: java.time and enums explicitly, because
	 * {@code JdbcUtils} would first try {@code getObject(index, type)}, which H2 refuses (and traces)
	 * for an enum, and which PostgreSQL's driver refuses for {@link Instant}.
	 */
	private static Object value(ResultSet rs, int index, RecordComponent component) throws SQLException {
		Class<?> type = component.getType();
		Object value;
		if (type == Instant.class) {
			OffsetDateTime at = rs.getObject(index, OffsetDateTime.class);
			value = at == null ? null : at.toInstant();
		}
		else if (type == OffsetDateTime.class || type == LocalDate.class || type == LocalDateTime.class) {
			value = rs.getObject(index, type);
		}
		else if (type.isEnum()) {
			String name = rs.getString(index);
			value = name == null ? null : enumConstant(type, name);
		}
		else {
			value = JdbcUtils.getResultSetValue(rs, index, type);
		}
		if (value == null && type.isPrimitive()) {
			throw new InvalidDataAccessApiUsageException(
					"Column " + index + " is null but " + component.getName() + " is a " + type.getName());
		}
		return value;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Object enumConstant(Class<?> type, String name) {
		return Enum.valueOf((Class<? extends Enum>) type, name);
	}

	private record Columns(ResultSet resultSet, int[] indexes) {
	}
}
