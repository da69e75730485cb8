package id.aduan.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.sun.net.httpserver.HttpServer;

import id.aduan.Browser;
import id.aduan.Browser.Download;
import id.aduan.accounts.AccountManagement;
import id.aduan.accounts.AccountManagement.AccountDraft;
import id.aduan.accounts.AccountManagement.OneTimeLogin;
import id.aduan.accounts.Role;
import id.aduan.catalog.Catalog;

/**
 * The two-way channels in a real browser. A citizen complains on the web form, opens the complaint's
 * thread with the access key from the receipt (after mistyping it once) and writes with a photo; the
 * coordinator reads it on the complaint's page and answers; the citizen reads the answer signed by
 * "Petugas", not by name. And a visitor of the office's own website opens the chat widget (one script
 * tag on another origin), asks a question, the help desk answers at /staf/percakapan, the visitor sees
 * the answer in the frame, and once the help desk turns the chat into a complaint the visitor sees its
 * tracking code there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.autoconfigure.exclude=", "aduan.conversations.frame-ancestors=http://127.0.0.1:*" })
@ActiveProfiles("test")
class ChannelsStoryBrowserTest {

	static final String PASSWORD = "Kata-sandi-uji-2026";

	/** The widget asks for new messages every 15 seconds; a visitor waits that long, and a little more. */
	static final Duration POLL = Duration.ofSeconds(40);

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Catalog catalog;

	@BeforeAll
	static void needsChromium() {
		Browser.required();
	}

	@Test
	void aComplainantAndTheCoordinatorWriteToEachOtherInTheComplaintsThread() throws IOException {
		String marker = UUID.randomUUID().toString().substring(0, 6);
		String coordinatorName = "Maria Latuconsina " + marker;
		String coordinator = ready(coordinatorName, Role.COORDINATOR, "HUMAS");
		File photo = png();

		try (Browser citizen = Browser.open(port); Browser staff = Browser.open(port)) {
			// The citizen submits on the public form and is given the tracking code and the access key.
			citizen.go("/pengaduan/baru")
				.type("title", "Rumah belum didata DTKS " + marker)
				.type("description", "Rumah kami di Desa Waemala belum pernah didatangi petugas pendataan DTKS.")
				.type("complainant.name", "Yohana Solissa")
				.type("complainant.phone", "081277778888")
				.submit("main form button[type=submit]");
			assertThat(citizen.text("h1")).isEqualTo("Pengaduan Anda telah diterima");
			String code = citizen.text("#tracking-code");
			assertThat(code).matches("ADU-[2-9A-Z]{4}-[2-9A-Z]{4}");
			assertThat(citizen.text("#access-key-card")).contains("Kunci akses untuk percakapan dengan petugas");
			String key = citizen.text("#access-key");
			assertThat(key).matches("[2-9A-Z]{4}-[2-9A-Z]{4}");

			// From the tracking page the thread asks for the key; a mistyped key is refused in Indonesian.
			citizen.click("a.btn[href='/lacak/" + code + "']");
			follow(citizen, citizen.find("#conversation-link a"));
			assertThat(citizen.path()).isEqualTo("/lacak/" + code + "/percakapan");
			assertThat(citizen.text("main h1")).isEqualTo("Percakapan pengaduan " + code);
			citizen.type("key", mistyped(key)).submit("#unlock-form button[type=submit]");
			assertThat(citizen.text("#key-error")).isEqualTo("Kode pelacakan atau kunci akses tidak cocok.");
			assertThat(citizen.all("#message-form")).isEmpty();

			citizen.type("key", key).submit("#unlock-form button[type=submit]");
			assertThat(citizen.text("#messages")).isEqualTo("Belum ada pesan.");
			citizen.type("text", "Ini foto rumah kami, kami tinggal di RT 03.")
				.attach("attachments", photo)
				.submit("#message-form button[type=submit]");
			assertThat(citizen.text("main .alert-success")).isEqualTo("Pesan terkirim.");
			assertThat(citizen.text("#pesan-terakhir .message-body")).isEqualTo("Ini foto rumah kami, kami tinggal di RT 03.");
			assertThat(citizen.text("#pesan-terakhir strong")).isEqualTo("Pengadu");
			assertThat(citizen.text("#pesan-terakhir a")).isEqualTo("rumah.png");

			// The coordinator logs in, opens the complaint, reads the message in its panel and answers.
			staff.login(coordinator, PASSWORD);
			staff.go("/staf/pengaduan?q=" + marker).click("#inbox tr[data-code='" + code + "'] a");
			assertThat(staff.text("#conversation-panel .card-header")).isEqualTo("Percakapan dengan pengadu");
			assertThat(staff.text("#conversation-panel #messages .from-citizen .message-body"))
				.isEqualTo("Ini foto rumah kami, kami tinggal di RT 03.");
			Download attached = staff.download("#conversation-panel #messages .from-citizen a");
			assertThat(attached.status()).isEqualTo(200);
			assertThat(attached.contentType()).startsWith("image/png");
			assertThat(attached.content()).isEqualTo(Files.readAllBytes(photo.toPath()));
			assertThat(staff.text("#staff-message-form .form-text"))
				.contains("Nama Anda tidak ditampilkan kepada pengadu.");
			staff.type("text", "Terima kasih. Petugas pendataan akan datang hari Senin.");
			WebElement panel = staff.find("#conversation-panel");
			staff.click("#staff-message-form button[type=submit]");
			new WebDriverWait(staff.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(panel));
			assertThat(staff.text("#conversation-panel [role=status]")).isEqualTo("Pesan terkirim.");
			assertThat(staff.text("#conversation-panel #pesan-terakhir"))
				.contains(coordinatorName, "Terima kasih. Petugas pendataan akan datang hari Senin.");

			// The citizen reloads the thread and reads the answer, from "Petugas", without the officer's name.
			citizen.go("/lacak/" + code + "/percakapan");
			assertThat(citizen.text("#pesan-terakhir .message-body"))
				.isEqualTo("Terima kasih. Petugas pendataan akan datang hari Senin.");
			assertThat(citizen.text("#pesan-terakhir strong")).isEqualTo("Petugas");
			assertThat(citizen.all("#messages li.message")).hasSize(2);
			assertThat(citizen.page()).doesNotContain(coordinatorName);
		}
	}

	@Test
	void aVisitorChatsThroughTheWidgetAndTheHelpDeskAnswersAndRegistersAComplaint() throws IOException {
		String marker = UUID.randomUUID().toString().substring(0, 6);
		String visitorName = "Ibu Siti Wael " + marker;
		String deskName = "Yosep Tasane " + marker;
		String desk = ready(deskName, Role.HELPDESK, "HUMAS");

		HttpServer website = officeWebsite();
		try (Browser visitor = Browser.open(port); Browser staff = Browser.open(port)) {
			// The office's website (another origin) carries one script tag; the visitor opens the widget.
			visitor.driver().get("http://127.0.0.1:" + website.getAddress().getPort() + "/");
			assertThat(visitor.text("h1")).isEqualTo("Dinas Sosial Kabupaten Buru Selatan");
			WebElement button = visitor.find("button[data-aduan-widget=button]");
			WebElement frame = visitor.find("iframe[data-aduan-widget=frame]");
			assertThat(button.getText()).isEqualTo("Tanya petugas");
			assertThat(frame.isDisplayed()).isFalse();
			visitor.click("button[data-aduan-widget=button]");
			assertThat(frame.isDisplayed()).isTrue();
			assertThat(button.getText()).isEqualTo("Tutup percakapan");
			assertThat(button.getAttribute("aria-expanded")).isEqualTo("true");

			visitor.driver().switchTo().frame(frame);
			assertThat(visitor.text("header strong")).isEqualTo("Percakapan dengan petugas");
			visitor.find("#w-name").sendKeys(visitorName);
			visitor.find("#w-text").sendKeys("Bagaimana cara mendaftar bantuan PKH untuk lansia?");
			visitor.click("#start-form button[type=submit]");
			waitForText(visitor, "#chat-messages", "Bagaimana cara mendaftar bantuan PKH untuk lansia?", Duration.ofSeconds(10));
			assertThat(visitor.text("#chat-messages .from-citizen")).startsWith("Anda · ");
			assertThat(visitor.find("#start-form").isDisplayed()).isFalse();

			// The help desk finds the chat at /staf/percakapan, reads it and answers.
			staff.login(desk, PASSWORD);
			staff.menu("/staf/percakapan");
			assertThat(staff.text("main h1")).isEqualTo("Percakapan dari laman");
			follow(staff, staff.find("#chat-list").findElement(By.linkText(visitorName)));
			assertThat(staff.text("main h1")).isEqualTo(visitorName);
			assertThat(staff.text("#chat-status")).isEqualTo("Terbuka");
			assertThat(staff.text("#messages .from-citizen .message-body"))
				.isEqualTo("Bagaimana cara mendaftar bantuan PKH untuk lansia?");
			staff.type("text", "Silakan datang ke kantor desa membawa KTP dan KK; kami bantu daftarkan.")
				.submit("#reply-form button[type=submit]");
			assertThat(staff.text("main .alert-success")).isEqualTo("Pesan terkirim.");
			assertThat(staff.text("#messages #pesan-terakhir")).contains(deskName);

			// The visitor sees the answer in the frame, from "Petugas", without the officer's name.
			waitForText(visitor, "#chat-messages .from-staff", "Silakan datang ke kantor desa membawa KTP dan KK", POLL);
			assertThat(visitor.text("#chat-messages .from-staff")).startsWith("Petugas · ");
			assertThat(visitor.text("#chat-messages")).doesNotContain(deskName);

			// The help desk turns the chat into a complaint, prefilled with what the visitor wrote.
			staff.click("#convert summary");
			assertThat(staff.find("#convert [name=description]").getAttribute("value"))
				.isEqualTo("Bagaimana cara mendaftar bantuan PKH untuk lansia?");
			assertThat(staff.find("#convert [name='complainant.name']").getAttribute("value")).isEqualTo(visitorName);
			staff.type("title", "Pendaftaran PKH lansia " + marker).submit("#convert button[type=submit]");
			String code = staff.text("#tracking-code");
			assertThat(code).matches("ADU-[2-9A-Z]{4}-[2-9A-Z]{4}");

			// The visitor sees in the frame that the chat is now a complaint, with its tracking code.
			waitForText(visitor, "#chat-complaint", code, POLL);
			assertThat(visitor.text("#chat-complaint"))
				.isEqualTo("Percakapan ini telah dicatat sebagai pengaduan " + code + ".");
			assertThat(visitor.text("#chat-messages .from-system")).contains(code);

			// The chat is now the complaint's thread: the help desk finds it on the complaint's page and
			// writes there, and the visitor reads that in the widget too.
			staff.click("a.btn[href='/staf/pengaduan?q=" + code + "']").click("#inbox tr[data-code='" + code + "'] a");
			assertThat(staff.text("#conversation-panel #messages .from-citizen .message-body"))
				.isEqualTo("Bagaimana cara mendaftar bantuan PKH untuk lansia?");
			assertThat(staff.text("#conversation-panel #messages .from-staff"))
				.contains("Silakan datang ke kantor desa membawa KTP dan KK");
			staff.type("text", "Pengaduan Anda sudah kami teruskan ke bidang Perlindungan dan Jaminan Sosial.");
			WebElement panel = staff.find("#conversation-panel");
			staff.click("#staff-message-form button[type=submit]");
			new WebDriverWait(staff.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(panel));
			assertThat(staff.text("#conversation-panel [role=status]")).isEqualTo("Pesan terkirim.");
			waitForText(visitor, "#chat-messages", "Pengaduan Anda sudah kami teruskan", POLL);
			assertThat(visitor.text("#chat-messages")).doesNotContain(deskName);
		}
		finally {
			website.stop(0);
		}
	}

	/** The office's own website, on another origin than Aduan, with the widget's one tag. */
	private HttpServer officeWebsite() throws IOException {
		byte[] page = ("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>Dinas Sosial</title></head>"
				+ "<body><h1>Dinas Sosial Kabupaten Buru Selatan</h1><p>Selamat datang di laman resmi kami.</p>"
				+ "<script src=\"http://localhost:" + port + "/widget.js\" async></script></body></html>")
			.getBytes(StandardCharsets.UTF_8);
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", exchange -> {
			exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(200, page.length);
			exchange.getResponseBody().write(page);
			exchange.close();
		});
		server.start();
		return server;
	}

	/** Follows a link and waits for the page it leads to. */
	private static void follow(Browser browser, WebElement link) {
		link.click();
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(link));
	}

	private static void waitForText(Browser browser, String css, String text, Duration timeout) {
		new WebDriverWait(browser.driver(), timeout)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
	}

	/** The same key with its first character changed, as a person might mistype it. */
	private static String mistyped(String key) {
		return (key.charAt(0) == '2' ? '3' : '2') + key.substring(1);
	}

	/** A small real PNG, as a phone's photo would be. */
	private static File png() throws IOException {
		BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 32; x++) {
			for (int y = 0; y < 24; y++) {
				image.setRGB(x, y, (x * 8) << 16 | (y * 10) << 8 | 0x40);
			}
		}
		File file = Files.createTempDirectory("aduan-foto").resolve("rumah.png").toFile();
		file.deleteOnExit();
		file.getParentFile().deleteOnExit();
		ImageIO.write(image, "png", file);
		return file;
	}

	/** An account whose owner has already set their own password. */
	private String ready(String displayName, Role role, String unitCode) {
		Long unit = unitCode == null ? null : catalog.unitByCode(unitCode).orElseThrow().id();
		OneTimeLogin login = accounts.create(new AccountDraft(role.name().toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 6),
				displayName, null, role, unit, true));
		accounts.changePassword(login.account().id(), login.password(), PASSWORD, PASSWORD);
		return login.account().username();
	}
}
