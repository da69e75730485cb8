package id.aduan.messaging;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.audit.AuditTrail;
import id.aduan.system.DatabaseTime;
import id.aduan.system.Problems;

/**
 * The administrator's settings of the WhatsApp and SMS platforms and the texts of each notice, and which
 * channel a notice to a phone takes: WhatsApp when it is switched on and has its token, else SMS when it
 * is switched on, else none. A platform can be switched on only once what it needs is there, the secrets
 * from the configuration included, so that "on" means messages can go.
 */
@Component
public class MessagingSetup {

	private static final RowMapper<MessagingSettings> SETTINGS = (rs, row) -> new MessagingSettings(
			rs.getBoolean("whatsapp_enabled"), rs.getString("whatsapp_phone_number_id"),
			rs.getString("whatsapp_language"), rs.getBoolean("sms_enabled"), rs.getString("sms_url"),
			rs.getString("sms_method"), rs.getString("sms_content_type"), rs.getString("sms_body"),
			rs.getString("sms_auth_header"));

	private static final RowMapper<PhoneNoticeText> TEXT = (rs, row) -> new PhoneNoticeText(
			PhoneNotice.valueOf(rs.getString("notice")), rs.getString("whatsapp_template"), rs.getString("sms_text"));

	private final JdbcClient jdbc;

	private final MessagingSecrets secrets;

	private final AuditTrail audit;

	private final Clock clock;

	MessagingSetup(JdbcClient jdbc, MessagingSecrets secrets, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.secrets = secrets;
		this.audit = audit;
		this.clock = clock;
	}

	public MessagingSettings settings() {
		return jdbc.sql("select * from messaging_settings where id = 1").query(SETTINGS).single();
	}

	public List<PhoneNoticeText> texts() {
		return jdbc.sql("select * from phone_notice_text order by notice").query(TEXT).list();
	}

	public PhoneNoticeText text(PhoneNotice notice) {
		return jdbc.sql("select * from phone_notice_text where notice = ?").param(notice.name()).query(TEXT).single();
	}

	/** The channel a notice to a complainant's phone takes now, if any. */
	public Optional<PhoneChannel> channel() {
		MessagingSettings settings = settings();
		if (ready(PhoneChannel.WHATSAPP, settings)) {
			return Optional.of(PhoneChannel.WHATSAPP);
		}
		return ready(PhoneChannel.SMS, settings) ? Optional.of(PhoneChannel.SMS) : Optional.empty();
	}

	/** Whether a complainant can be offered notices on their phone at all (the forms' checkbox). */
	public boolean offered() {
		return channel().isPresent();
	}

	/** Whether messages of this channel can go out now: switched on, with what it needs. */
	public boolean ready(PhoneChannel channel) {
		return ready(channel, settings());
	}

	private boolean ready(PhoneChannel channel, MessagingSettings settings) {
		return switch (channel) {
			case WHATSAPP -> settings.whatsappEnabled() && settings.whatsappPhoneNumberId() != null
					&& secrets.whatsapp().canSend();
			case SMS -> settings.smsEnabled() && settings.smsUrl() != null;
		};
	}

	/** Which secrets the configuration gives, for the administrator's page (never their values). */
	public record SecretsPresent(boolean whatsappToken, boolean whatsappAppSecret, boolean whatsappVerifyToken,
			boolean smsCredential) {
	}

	public SecretsPresent secretsPresent() {
		MessagingSecrets.WhatsApp whatsapp = secrets.whatsapp();
		return new SecretsPresent(MessagingSecrets.present(whatsapp.accessToken()),
				MessagingSecrets.present(whatsapp.appSecret()), MessagingSecrets.present(whatsapp.verifyToken()),
				secrets.sms().hasCredential());
	}

	/**
	 * Saves the administrator's settings and texts, all or nothing, and records the change in the audit
	 * trail. Switching a platform on asks for what it needs: WhatsApp a phone number id and the access
	 * token in the configuration; SMS an http(s) address and a method it can use.
	 */
	@Transactional
	public void save(MessagingSettings input, List<PhoneNoticeText> texts, String by) {
		MessagingSettings tidy = new MessagingSettings(input.whatsappEnabled(),
				Problems.blankToNull(input.whatsappPhoneNumberId()),
				orElse(Problems.blankToNull(input.whatsappLanguage()), "id"), input.smsEnabled(),
				Problems.blankToNull(input.smsUrl()), orElse(Problems.blankToNull(input.smsMethod()), "POST").toUpperCase(),
				orElse(Problems.blankToNull(input.smsContentType()), "application/json"),
				orElse(Problems.blankToNull(input.smsBody()), ""),
				orElse(Problems.blankToNull(input.smsAuthHeader()), "Authorization"));
		Problems problems = new Problems().validate(tidy);
		if (tidy.whatsappPhoneNumberId() != null) {
			problems.check(tidy.whatsappPhoneNumberId().matches("[0-9]{5,40}"), "whatsappPhoneNumberId",
					"messaging.whatsapp.phoneNumberId.invalid");
		}
		if (tidy.whatsappEnabled()) {
			problems.check(tidy.whatsappPhoneNumberId() != null, "whatsappPhoneNumberId",
					"messaging.whatsapp.phoneNumberId.required");
			problems.check(secrets.whatsapp().canSend(), "whatsappEnabled", "messaging.whatsapp.tokenMissing");
		}
		problems.check(tidy.whatsappLanguage().matches("[a-z]{2,3}(_[A-Z]{2})?"), "whatsappLanguage",
				"messaging.whatsapp.language.invalid");
		if (tidy.smsUrl() != null) {
			problems.check(tidy.smsUrl().matches("(?i)https?://\\S+"), "smsUrl", "messaging.sms.url.invalid");
		}
		if (tidy.smsEnabled()) {
			problems.check(tidy.smsUrl() != null, "smsUrl", "messaging.sms.url.required");
		}
		problems.check(List.of("GET", "POST", "PUT").contains(tidy.smsMethod()), "smsMethod",
				"messaging.sms.method.invalid");
		problems.check(tidy.smsAuthHeader().matches("[A-Za-z0-9-]{1,100}"), "smsAuthHeader",
				"messaging.sms.authHeader.invalid");
		for (int i = 0; i < texts.size(); i++) {
			problems.validate("texts[" + i + "]", texts.get(i));
			String template = texts.get(i).whatsappTemplate();
			if (template != null && !template.isBlank()) {
				problems.check(template.strip().matches("[a-z0-9_]{1,512}"), "texts[" + i + "].whatsappTemplate",
						"messaging.whatsapp.template.invalid");
			}
		}
		problems.throwIfAny();
		jdbc.sql("""
				update messaging_settings set whatsapp_enabled = ?, whatsapp_phone_number_id = ?, whatsapp_language = ?,
				       sms_enabled = ?, sms_url = ?, sms_method = ?, sms_content_type = ?, sms_body = ?, sms_auth_header = ?,
				       changed_at = ?, changed_by = ?
				where id = 1""")
			.params(tidy.whatsappEnabled(), tidy.whatsappPhoneNumberId(), tidy.whatsappLanguage(), tidy.smsEnabled(),
					tidy.smsUrl(), tidy.smsMethod(), tidy.smsContentType(), tidy.smsBody(), tidy.smsAuthHeader(),
					DatabaseTime.of(clock.instant()), by)
			.update();
		for (PhoneNoticeText text : texts) {
			jdbc.sql("""
					update phone_notice_text set whatsapp_template = ?, sms_text = ?, changed_at = ?, changed_by = ?
					where notice = ?""")
				.params(text.whatsappTemplate().strip(), text.smsText().strip(), DatabaseTime.of(clock.instant()), by,
						text.notice().name())
				.update();
		}
		audit.record(by, "MESSAGING_SETTINGS_CHANGED", "messaging_settings", "1",
				"WhatsApp " + (tidy.whatsappEnabled() ? "aktif" : "nonaktif") + ", SMS "
						+ (tidy.smsEnabled() ? "aktif" : "nonaktif"));
	}

	private static String orElse(String value, String otherwise) {
		return value == null ? otherwise : value;
	}
}
