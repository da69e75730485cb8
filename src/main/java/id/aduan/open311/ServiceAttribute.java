package id.aduan.open311;

import java.util.List;

/**
 * One more fact a service needs in a request (GeoReport v2 service definition attribute): its code, its
 * datatype ({@code string}, {@code number}, {@code datetime}, {@code text}, {@code singlevaluelist},
 * {@code multivaluelist}), whether it is required, and for lists the values to choose from.
 */
record ServiceAttribute(String serviceCode, String code, String datatype, boolean required, String description,
		String datatypeDescription, int order, List<Value> values) {

	record Value(String key, String name) {
	}

	boolean isList() {
		return datatype.endsWith("valuelist");
	}
}
