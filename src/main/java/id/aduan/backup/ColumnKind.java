package id.aduan.backup;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Locale;

/**
 * How a column's values are written in a backup, the same whichever database they came from: texts,
 * whole numbers and booleans as JSON, exact decimals as text, dates and times in ISO 8601, instants in
 * UTC, bytes in Base64. Each kind reads a value from a result set and turns it back into the Java value
 * a JDBC driver binds.
 */
enum ColumnKind {

	TEXT, INTEGER, DECIMAL, BOOLEAN, DATE, TIME, INSTANT, LOCAL_TIMESTAMP, BYTES;

	/** The kind of a column as JDBC describes it (PostgreSQL calls {@code timestamptz} a TIMESTAMP). */
	static ColumnKind of(int sqlType, String typeName) {
		String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
		return switch (sqlType) {
			case Types.BOOLEAN, Types.BIT -> BOOLEAN;
			case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> INTEGER;
			case Types.NUMERIC, Types.DECIMAL, Types.REAL, Types.FLOAT, Types.DOUBLE -> DECIMAL;
			case Types.DATE -> DATE;
			case Types.TIME, Types.TIME_WITH_TIMEZONE -> TIME;
			case Types.TIMESTAMP_WITH_TIMEZONE -> INSTANT;
			case Types.TIMESTAMP -> name.contains("tz") || name.contains("time zone") ? INSTANT : LOCAL_TIMESTAMP;
			case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BYTES;
			default -> TEXT;
		};
	}

	/** The value of column {@code index} as it is written into the backup (null stays null). */
	Object read(ResultSet rs, int index) throws SQLException {
		Object value = switch (this) {
			case TEXT -> rs.getString(index);
			case INTEGER -> rs.getLong(index);
			case DECIMAL -> rs.getBigDecimal(index) == null ? null : rs.getBigDecimal(index).toPlainString();
			case BOOLEAN -> rs.getBoolean(index);
			case DATE -> text(rs.getObject(index, LocalDate.class));
			case TIME -> text(rs.getObject(index, LocalTime.class));
			case INSTANT -> {
				OffsetDateTime time = rs.getObject(index, OffsetDateTime.class);
				yield time == null ? null : time.toInstant().toString();
			}
			case LOCAL_TIMESTAMP -> text(rs.getObject(index, LocalDateTime.class));
			case BYTES -> {
				byte[] bytes = rs.getBytes(index);
				yield bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
			}
		};
		return rs.wasNull() ? null : value;
	}

	/** The value to bind for a value read back from the backup. */
	Object bind(Object value) {
		if (value == null) {
			return null;
		}
		return switch (this) {
			case TEXT -> value.toString();
			case INTEGER -> ((Number) value).longValue();
			case DECIMAL -> new BigDecimal(value.toString());
			case BOOLEAN -> (Boolean) value;
			case DATE -> LocalDate.parse(value.toString());
			case TIME -> LocalTime.parse(value.toString());
			case INSTANT -> Instant.parse(value.toString()).atOffset(ZoneOffset.UTC);
			case LOCAL_TIMESTAMP -> LocalDateTime.parse(value.toString());
			case BYTES -> Base64.getDecoder().decode(value.toString());
		};
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}
}
