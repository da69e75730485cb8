package id.aduan.followup;

import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.messaging.MessageNotSent;
import id.aduan.messaging.MessagingSetup;
import id.aduan.messaging.PhoneChannel;
import id.aduan.messaging.SmsGateway;
import id.aduan.messaging.WhatsAppCloud;
import id.aduan.messaging.WhatsAppStatusReported;

/**
 * Sends the outbox's WhatsApp messages and SMS as {@link Mailer} sends its emails: each claimed, handed
 * to the platform, and marked sent (with the platform's message id) or failed, each in its own commit,
 * and retried on the next run up to {@code maxAttempts}. While a channel is switched off its messages
 * wait. The platform's later delivery reports are written onto the message they name.
 */
@Component
class PhoneMessenger {

	private static final Logger log = LoggerFactory.getLogger(PhoneMessenger.class);

	private final Outbox outbox;

	private final MessagingSetup setup;

	private final WhatsAppCloud whatsapp;

	private final SmsGateway sms;

	private final FollowUpSettings settings;

	PhoneMessenger(Outbox outbox, MessagingSetup setup, WhatsAppCloud whatsapp, SmsGateway sms,
			FollowUpSettings settings) {
		this.outbox = outbox;
		this.setup = setup;
		this.whatsapp = whatsapp;
		this.sms = sms;
		this.settings = settings;
	}

	/** Sends up to {@code batch} queued messages of each channel that is on; returns how many went out. */
	int sendPending(int batch) {
		int sent = 0;
		if (setup.ready(PhoneChannel.WHATSAPP)) {
			sent += send(Medium.WHATSAPP, batch);
		}
		if (setup.ready(PhoneChannel.SMS)) {
			sent += send(Medium.SMS, batch);
		}
		return sent;
	}

	private int send(Medium medium, int batch) {
		int sent = 0;
		for (Notification message : outbox.pending(medium, batch)) {
			if (!outbox.claim(message.id())) {
				continue;
			}
			try {
				String providerId = null;
				if (medium == Medium.WHATSAPP) {
					providerId = whatsapp.sendTemplate(message.recipient(), message.subject(),
							Arrays.asList(message.body().split("\n", -1)));
				}
				else {
					sms.send(message.recipient(), message.body());
				}
				outbox.sent(message.id(), providerId);
				sent++;
			}
			catch (MessageNotSent failure) {
				log.warn("Pesan {} {} gagal dikirim: {}", medium, message.id(), failure.getMessage());
				outbox.failed(message.id(), String.valueOf(failure.getMessage()), settings.maxAttempts());
			}
		}
		return sent;
	}

	@EventListener
	@Transactional
	void reported(WhatsAppStatusReported report) {
		outbox.delivery(report.messageId(), report.status(), report.at(), report.error());
	}
}
