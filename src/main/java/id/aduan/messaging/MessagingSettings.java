package id.aduan.messaging;

import id.aduan.system.MaxLength;
import id.aduan.system.PlainText;

/**
 * What the administrator sets for the two platforms (Administrasi → WhatsApp dan SMS); both off until
 * switched on. WhatsApp: the phone number id of the office's number in the WhatsApp Business Platform
 * and the language code its templates were approved in. SMS gateway: its address, HTTP method, content
 * type, the body with {@code {nomor}}, {@code {nomorLokal}}, {@code {pesan}} and {@code {kredensial}},
 * and the name of the header that carries the credential. No secret is among them.
 */
public record MessagingSettings(boolean whatsappEnabled,
		@MaxLength(40) @PlainText String whatsappPhoneNumberId,
		@MaxLength(15) @PlainText String whatsappLanguage,
		boolean smsEnabled,
		@MaxLength(500) @PlainText String smsUrl,
		@MaxLength(10) @PlainText String smsMethod,
		@MaxLength(100) @PlainText String smsContentType,
		@MaxLength(2000) @PlainText String smsBody,
		@MaxLength(100) @PlainText String smsAuthHeader) {
}
