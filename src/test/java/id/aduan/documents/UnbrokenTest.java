package id.aduan.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnbrokenTest {

	private final PdfDocuments.Unbroken unbroken = new PdfDocuments.Unbroken();

	@Test
	void webAddressesAndDegreesAreKeptOnOneLine() {
		assertThat(unbroken.html("melalui SP4N-LAPOR! (lapor.go.id);"))
			.isEqualTo("melalui SP4N-LAPOR! <span class=\"nobreak\">(lapor.go.id);</span>");
		assertThat(unbroken.html("LA ODE, S.Sos")).isEqualTo("LA ODE, <span class=\"nobreak\">S.Sos</span>");
	}

	@Test
	void theClosingDanStaysWithTheWordBeforeIt() {
		assertThat(unbroken.html("pengaduan terkait perilaku petugas; dan"))
			.isEqualTo("pengaduan terkait perilaku <span class=\"nobreak\">petugas; dan</span>");
	}

	@Test
	void textIsEscapedForXmlWithoutHtmlNamedEntities() {
		assertThat(unbroken.html("A & B <c> – d")).isEqualTo("A &amp; B &lt;c&gt; – d");
		assertThat(unbroken.html(null)).isEmpty();
	}
}
