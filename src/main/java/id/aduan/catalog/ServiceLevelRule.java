package id.aduan.catalog;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A version of a service-level rule: for complaints of this report type, category and service (each
 * may be "any"), received from {@code validFrom} until before {@code validTo}.
 */
public record ServiceLevelRule(long id, String name, Long reportTypeId, Long categoryId, Long serviceId,
		int verifyDays, int followUpDays, int resolveDays, int autoCloseDays, LocalDate validFrom, LocalDate validTo,
		Instant createdAt, String createdBy) {

	public boolean isValidOn(LocalDate date) {
		return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
	}

	public boolean matches(Long reportType, Long category, Long service) {
		return (reportTypeId == null || reportTypeId.equals(reportType))
				&& (categoryId == null || categoryId.equals(category))
				&& (serviceId == null || serviceId.equals(service));
	}

	/** More specific rules win: a service beats a category beats a report type beats the default. */
	int specificity() {
		return (serviceId != null ? 4 : 0) + (categoryId != null ? 2 : 0) + (reportTypeId != null ? 1 : 0);
	}

	public ServiceLevel level() {
		return new ServiceLevel(id, name, verifyDays, followUpDays, resolveDays, autoCloseDays);
	}

	public boolean sameTarget(ServiceLevelRule other) {
		return java.util.Objects.equals(reportTypeId, other.reportTypeId)
				&& java.util.Objects.equals(categoryId, other.categoryId)
				&& java.util.Objects.equals(serviceId, other.serviceId);
	}
}
