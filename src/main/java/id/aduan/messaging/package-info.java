/**
 * Messaging (pesan WhatsApp dan SMS): the office's WhatsApp Business Platform number (Cloud API: template
 * messages out, the webhook in, with its signature checked) and an HTTP SMS gateway, each configured by
 * the administrator and switched off until switched on. It only talks to the platforms: what is sent,
 * and when, is the follow-up module's outbox; what an incoming message becomes is intake's. The webhook
 * announces what arrived as events ({@link id.aduan.messaging.WhatsAppMessageReceived},
 * {@link id.aduan.messaging.WhatsAppStatusReported}), so that neither needs the other.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Messaging",
		allowedDependencies = { "system", "accounts", "audit" })
package id.aduan.messaging;
