package id.aduan.messaging.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.aduan.messaging.MessagingSetup;
import id.aduan.messaging.WhatsAppCloud;
import id.aduan.messaging.WhatsAppWebhook;

/**
 * The WhatsApp Business Platform's webhook ({@code /api/v1/whatsapp/webhook}): the platform's
 * verification ({@code GET} with {@code hub.mode=subscribe}, {@code hub.verify_token} and
 * {@code hub.challenge}, answered with the challenge when the token is right, else 403) and its calls
 * ({@code POST}, taken only with a valid {@code X-Hub-Signature-256}, else 403 and nothing stored).
 * While WhatsApp is switched off it answers 404.
 */
@RestController
@RequestMapping("/api/v1/whatsapp/webhook")
class WhatsAppWebhookController {

	private static final Logger log = LoggerFactory.getLogger(WhatsAppWebhookController.class);

	private final WhatsAppCloud cloud;

	private final WhatsAppWebhook webhook;

	private final MessagingSetup setup;

	WhatsAppWebhookController(WhatsAppCloud cloud, WhatsAppWebhook webhook, MessagingSetup setup) {
		this.cloud = cloud;
		this.webhook = webhook;
		this.setup = setup;
	}

	@GetMapping
	ResponseEntity<String> verify(@RequestParam(name = "hub.mode", required = false) String mode,
			@RequestParam(name = "hub.verify_token", required = false) String token,
			@RequestParam(name = "hub.challenge", required = false) String challenge) {
		if (!setup.settings().whatsappEnabled()) {
			return ResponseEntity.notFound().build();
		}
		if (!"subscribe".equals(mode) || challenge == null || !cloud.verifyToken(token)) {
			log.warn("Verifikasi webhook WhatsApp ditolak: verify token salah atau tidak ada");
			return text(403, "verify token salah");
		}
		return text(200, challenge);
	}

	@PostMapping(consumes = MediaType.ALL_VALUE)
	ResponseEntity<String> receive(@RequestBody(required = false) byte[] body,
			@RequestHeader(name = "X-Hub-Signature-256", required = false) String signature) {
		if (!setup.settings().whatsappEnabled()) {
			return ResponseEntity.notFound().build();
		}
		byte[] raw = body == null ? new byte[0] : body;
		if (!cloud.signedByPlatform(raw, signature)) {
			log.warn("Panggilan webhook WhatsApp dengan tanda tangan X-Hub-Signature-256 tidak sah ditolak");
			return text(403, "tanda tangan tidak sah");
		}
		try {
			webhook.take(raw);
		}
		catch (WhatsAppWebhook.Unreadable unreadable) {
			return text(400, "isi bukan JSON webhook WhatsApp");
		}
		return text(200, "EVENT_RECEIVED");
	}

	private static ResponseEntity<String> text(int status, String text) {
		return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(text);
	}
}
