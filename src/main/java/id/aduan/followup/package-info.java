/**
 * Keeping complaints moving: notices to the complainant (receipt, answer, closure) and to staff
 * (routing, reminders before a deadline, escalation after it, a daily digest per unit), automatic
 * closure after the dispute window, messages in a complaint's thread or a website chat to the other side,
 * reminders of the units' monthly recaps (module {@code recaps}), all through an outbox that sends each
 * email once even with several instances running; the complainant's notices also by WhatsApp or SMS
 * (module {@code messaging} talks to the platforms) through the same outbox.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Follow-up",
		allowedDependencies = { "system", "catalog", "accounts", "complaints", "calendar", "audit", "language", "conversations",
			"recaps", "messaging" })
package id.aduan.followup;
