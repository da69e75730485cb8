package id.aduan.open311;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The attributes of services that need them, with their values, in their set order. */
@Repository
class ServiceAttributes {

	private final JdbcClient jdbc;

	ServiceAttributes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every service's attributes, by service code. */
	Map<String, List<ServiceAttribute>> all() {
		Map<String, List<ServiceAttribute.Value>> values = new LinkedHashMap<>();
		jdbc.sql("select service_code, attribute, value_key, name from open311_attribute_value order by sort_order, value_key")
			.query((rs, row) -> {
				values.computeIfAbsent(rs.getString("service_code") + "/" + rs.getString("attribute"), k -> new ArrayList<>())
					.add(new ServiceAttribute.Value(rs.getString("value_key"), rs.getString("name")));
				return null;
			})
			.list();
		Map<String, List<ServiceAttribute>> attributes = new LinkedHashMap<>();
		jdbc.sql("select * from open311_attribute order by service_code, sort_order, code")
			.query((rs, row) -> new ServiceAttribute(rs.getString("service_code"), rs.getString("code"),
					rs.getString("datatype"), rs.getBoolean("required"), rs.getString("description"),
					rs.getString("datatype_description"), rs.getInt("sort_order"),
					values.getOrDefault(rs.getString("service_code") + "/" + rs.getString("code"), List.of())))
			.list()
			.forEach(attribute -> attributes.computeIfAbsent(attribute.serviceCode(), k -> new ArrayList<>()).add(attribute));
		return attributes;
	}

	List<ServiceAttribute> of(String serviceCode) {
		return all().getOrDefault(serviceCode, List.of());
	}
}
