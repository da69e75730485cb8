package id.aduan.intake.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import id.aduan.system.ActionRefused;
import id.aduan.system.LargerBody;
import id.aduan.system.NotFound;

/**
 * For an office whose mail server delivers to a program instead of a mailbox Aduan reads: the server
 * pipes each raw message (RFC 822) here, e.g. with
 * {@code curl --data-binary @- -H 'Content-Type: message/rfc822' -H 'Authorization: Bearer …'}. The
 * same path as the mailbox: taken once by Message-ID. A message that cannot be taken is set aside for the
 * coordinator and answered {@code SET_ASIDE} ({@link MailPipe}). Closed (404) until
 * {@code aduan.mail.intake.pipe-token} is set; a wrong token is 403.
 */
@RestController
class MailPipeController {

	/** What became of the piped message. */
	record PipeAnswer(String outcome, String trackingCode) {
	}

	private final MailIntakeSettings settings;

	private final MailPipe pipe;

	MailPipeController(MailIntakeSettings settings, MailPipe pipe) {
		this.settings = settings;
		this.pipe = pipe;
	}

	/** Whole emails with their photos: larger than the general ceiling on request bodies. */
	@Configuration(proxyBeanMethods = false)
	static class PipeBodySize {

		@Bean
		LargerBody mailPipeBody(MailIntakeSettings settings) {
			return new LargerBody(PATH, settings.pipeMaxSize());
		}
	}

	static final String PATH = "/api/v1/mail/inbound";

	@PostMapping(path = PATH, consumes = { "message/rfc822", "application/octet-stream", "text/plain" })
	ResponseEntity<PipeAnswer> receive(@RequestHeader(name = "Authorization", required = false) String authorization,
			@RequestBody byte[] raw) {
		if (!settings.pipeConfigured()) {
			throw new NotFound("error.notFound.page");
		}
		String expected = "Bearer " + settings.pipeToken();
		if (authorization == null || !MessageDigest.isEqual(authorization.getBytes(StandardCharsets.UTF_8),
				expected.getBytes(StandardCharsets.UTF_8))) {
			throw new ActionRefused(ActionRefused.Reason.ROLE, "intake.mail.pipe.token");
		}
		MailIntake.Taken taken = pipe.take(raw);
		HttpStatus status = taken.outcome() == MailIntake.Outcome.COMPLAINT ? HttpStatus.CREATED : HttpStatus.OK;
		return ResponseEntity.status(status).body(new PipeAnswer(taken.outcome().name(), taken.trackingCode()));
	}
}
