package id.aduan.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** An email cannot be asked to try again, so its control characters are dropped rather than refused. */
class InboundMailTest {

	@Test
	void controlCharactersAreDroppedFromTheTextsOfAnEmailAndLineBreaksKept() {
		InboundMail mail = new InboundMail("<a\u0000b@example.id>", "warga@example.id", "War\u0007ga", "Jalan\u0000 rusak",
				Instant.now(), "Baris satu\u0000\r\nBaris\tdua\u001b", List.of(), List.of(), false);
		assertThat(mail.messageId()).isEqualTo("<ab@example.id>");
		assertThat(mail.fromName()).isEqualTo("Warga");
		assertThat(mail.subject()).isEqualTo("Jalan rusak");
		assertThat(mail.text()).isEqualTo("Baris satu\r\nBaris\tdua");
	}
}
