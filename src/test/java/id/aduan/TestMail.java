package id.aduan;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.springframework.test.context.DynamicPropertyRegistry;

/** A real SMTP server (GreenMail) for a test class, and Aduan's outgoing mail pointed at it. */
public final class TestMail {

	private TestMail() {
	}

	/** An SMTP server on a free port, started once for the test class (register it as a static extension). */
	public static GreenMailExtension smtpServer() {
		return new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);
	}

	/** Sends Aduan's mail through {@code mail}'s SMTP server (from a {@code @DynamicPropertySource} method). */
	public static void sendThrough(GreenMailExtension mail, DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "localhost");
		registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
	}
}
