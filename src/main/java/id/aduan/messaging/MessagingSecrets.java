package id.aduan.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The platforms' secrets, from the configuration only (environment, command line, a properties file
 * next to the jar), never from the database: so no backup and no administrator's page holds them.
 * {@code whatsapp.apiUrl} is the Graph API's address with its version (a test points it at a local
 * server); {@code whatsapp.accessToken} the system user's permanent token; {@code whatsapp.appSecret}
 * the app's secret that signs the webhook's calls; {@code whatsapp.verifyToken} the text the
 * administrator typed in the app's webhook settings; {@code sms.credential} the value of the SMS
 * gateway's authentication header (and of {@code {kredensial}} in its address or body).
 */
@ConfigurationProperties("aduan.messaging")
record MessagingSecrets(@DefaultValue WhatsApp whatsapp, @DefaultValue Sms sms) {

	record WhatsApp(@DefaultValue("https://graph.facebook.com/v23.0") String apiUrl, String accessToken,
			String appSecret, String verifyToken) {

		boolean canSend() {
			return present(accessToken);
		}

		boolean canReceive() {
			return present(appSecret) && present(verifyToken);
		}
	}

	record Sms(String credential) {

		boolean hasCredential() {
			return present(credential);
		}
	}

	static boolean present(String value) {
		return value != null && !value.isBlank();
	}
}
