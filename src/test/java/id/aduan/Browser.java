package id.aduan;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromedriver}) driven by Selenium,
 * for tests that walk the pages as a person does. Without Chromium a developer's run skips these
 * tests; under CI ({@code CI=true}) a missing browser fails them, loudly.
 */
public final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));

	private final WebDriver driver;

	private final Path profile;

	private final String base;

	private Browser(String base) {
		this.base = base;
		try {
			this.profile = Files.createTempDirectory("aduan-chromium");
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--lang=id-ID", "--window-size=1280,1600",
				"--user-data-dir=" + profile.toAbsolutePath());
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ZERO);
	}

	/** Skips the calling test class when no browser is installed, unless CI demands browser tests. */
	public static void required() {
		boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
			fail("CI=true but no Chromium at " + CHROMIUM + " / " + CHROMEDRIVER
					+ ": install the Debian packages chromium and chromium-driver (.ci/run does)");
		}
		Assumptions.assumeTrue(present, "Chromium is not installed; browser tests skipped outside CI");
	}

	public static Browser open(int port) {
		return new Browser("http://localhost:" + port);
	}

	public Browser go(String path) {
		driver.get(base + path);
		return this;
	}

	public WebElement find(String css) {
		return new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
	}

	public java.util.List<WebElement> all(String css) {
		return driver.findElements(By.cssSelector(css));
	}

	public String text(String css) {
		return find(css).getText();
	}

	public Browser type(String name, String value) {
		WebElement field = find("[name='" + name + "']");
		field.clear();
		field.sendKeys(value);
		return this;
	}

	/** Sets a field's value as a date or time picker would (typing into those depends on the browser's locale). */
	public Browser set(String name, String value) {
		((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", find("[name='" + name + "']"),
				value);
		return this;
	}

	public Browser choose(String name, String visibleText) {
		new Select(find("select[name='" + name + "']")).selectByVisibleText(visibleText);
		return this;
	}

	public Browser click(String css) {
		WebElement element = new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
		inView(element).click();
		return this;
	}

	/** Presses a submit button and waits for the page that answers. */
	public Browser submit(String css) {
		WebElement button = find(css);
		inView(button).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(button));
		return this;
	}

	private WebElement inView(WebElement element) {
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		return element;
	}

	public Browser login(String username, String password) {
		driver.manage().deleteAllCookies();
		go("/login");
		type("username", username).type("password", password);
		return submit("main form button[type=submit]");
	}

	public Browser attach(String name, File file) {
		find("input[type=file][name='" + name + "']").sendKeys(file.getAbsolutePath());
		return this;
	}

	/**
	 * What the browser refused because of the page's content security policy since the last call (its
	 * console messages saying so): an inline script or style, or something loaded from elsewhere.
	 */
	public java.util.List<String> policyViolations() {
		return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
			.map(LogEntry::getMessage)
			.filter(message -> message.contains("Content Security Policy"))
			.toList();
	}

	/** The underlying driver, for what the helpers here do not cover. */
	public WebDriver driver() {
		return driver;
	}

	/** A file as the server sent it for a link on the page. */
	public record Download(int status, String contentType, String disposition, byte[] content) {
	}

	/**
	 * Fetches what the link matched by {@code css} points at, with this browser's session cookie, as a
	 * click on it would download it (headless Chromium keeps downloads out of reach of a test).
	 */
	public Download download(String css) {
		String href = find(css).getAttribute("href");
		String cookies = driver.manage()
			.getCookies()
			.stream()
			.map(cookie -> cookie.getName() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
		try {
			HttpResponse<byte[]> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).build(),
						HttpResponse.BodyHandlers.ofByteArray());
			return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Content-Disposition").orElse(""), response.body());
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(interrupted);
		}
	}

	/** A PNG of what the browser shows now, for looking at a page when a test fails. */
	public byte[] screenshot() {
		return ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
	}

	public String title() {
		return driver.getTitle();
	}

	public String path() {
		return driver.getCurrentUrl().substring(base.length());
	}

	public String page() {
		return driver.findElement(By.tagName("body")).getText();
	}

	@Override
	public void close() {
		driver.quit();
		try (var files = Files.walk(profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
		catch (IOException ignored) {
			// a temporary profile left behind is harmless
		}
	}
}
