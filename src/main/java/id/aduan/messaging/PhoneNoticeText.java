package id.aduan.messaging;

import id.aduan.system.MaxLength;
import id.aduan.system.PlainText;
import id.aduan.system.Required;

/**
 * How one notice goes out by phone: the name of its approved WhatsApp template and the text of its SMS,
 * with placeholders in braces as in the emails ({@code {kode}}, {@code {kunci}}, {@code {tautan}}).
 */
public record PhoneNoticeText(PhoneNotice notice,
		@Required @MaxLength(512) @PlainText String whatsappTemplate,
		@Required @MaxLength(1000) @PlainText String smsText) {
}
