package id.aduan.conversations;

import java.time.LocalDate;

/**
 * What staff fill in to turn a website chat into a complaint: the visitor's details as they check them,
 * a title, the description (by default everything the visitor wrote), and optionally the service.
 */
public record ChatConversion(String name, String phone, String email, boolean anonymous, boolean confidential,
		String title, String description, LocalDate incidentDate, String incidentPlace, Long serviceId) {
}
