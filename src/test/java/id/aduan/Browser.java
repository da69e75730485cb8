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
import org.openqa.selenium.Dimension;
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

	/** Sets the size of the window's viewport, as a laptop (1280×800) or a phone (390×844) shows the page. */
	public Browser resize(int width, int height) {
		driver.manage().window().setSize(new Dimension(width, height));
		long shortOfWidth = width - script("return window.innerWidth;");
		long shortOfHeight = height - script("return window.innerHeight;");
		if (shortOfWidth != 0 || shortOfHeight != 0) {
			driver.manage().window().setSize(new Dimension(width + (int) shortOfWidth, height + (int) shortOfHeight));
		}
		return this;
	}

	/** Whether the page is wider than the window, so that a person has to scroll sideways to read it. */
	public boolean scrollsSideways() {
		return script("return document.documentElement.scrollWidth;") > script("return window.innerWidth;");
	}

	/** What sticks out of the window on the right (at most five elements, by tag, id and class), to say why a page scrolls sideways. */
	@SuppressWarnings("unchecked")
	public java.util.List<String> overhanging() {
		return (java.util.List<String>) ((JavascriptExecutor) driver).executeScript("""
				var out = [];
				document.querySelectorAll('body *').forEach(function (e) {
				  var r = e.getBoundingClientRect();
				  if (r.right > window.innerWidth + 0.5 && out.length < 5 && e.offsetParent !== null) {
				    var p = e.parentElement, inside = false;
				    for (; p; p = p.parentElement) { if (getComputedStyle(p).overflowX !== 'visible') { inside = true; break; } }
				    if (!inside) { out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + e.className + ' ' + Math.round(r.right)); }
				  }
				});
				return out;""");
	}

	private long script(String script) {
		return ((Number) ((JavascriptExecutor) driver).executeScript(script)).longValue();
	}

	/**
	 * The menu's items: the address of every link in the top bar, and "#logout" for the user menu's
	 * "Keluar" button.
	 */
	public java.util.List<String> menuItems() {
		java.util.List<String> items = new java.util.ArrayList<>();
		for (WebElement link : driver.findElements(By.cssSelector("nav.navbar #menu a[href]:not([href='#'])"))) {
			items.add(link.getDomAttribute("href"));
		}
		if (!driver.findElements(By.id("logout")).isEmpty()) {
			items.add("#logout");
		}
		return items;
	}

	/**
	 * Opens what hides a menu item, as a person would (the toggler on a phone, the item's dropdown), and
	 * answers the item once it is shown and wholly inside the window.
	 */
	public WebElement reachMenu(String item) {
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
		WebElement target = item.equals("#logout") ? driver.findElement(By.id("logout"))
				: driver.findElement(By.cssSelector("nav.navbar #menu a[href='" + item + "']"));
		WebElement toggler = driver.findElement(By.cssSelector("nav.navbar .navbar-toggler"));
		WebElement menu = driver.findElement(By.id("menu"));
		if (toggler.isDisplayed() && !menu.getDomAttribute("class").contains("show")) {
			toggler.click();
			wait.until(d -> menu.getDomAttribute("class").contains("show")
					&& !menu.getDomAttribute("class").contains("collapsing"));
		}
		java.util.List<WebElement> dropdown = target.findElements(By.xpath("ancestor::li[contains(@class,'dropdown')]"));
		if (!dropdown.isEmpty() && !target.isDisplayed()) {
			dropdown.get(0).findElement(By.cssSelector("[data-bs-toggle='dropdown']")).click();
		}
		wait.until(d -> target.isDisplayed() && insideWindow(target));
		return target;
	}

	private boolean insideWindow(WebElement element) {
		return (Boolean) ((JavascriptExecutor) driver).executeScript("""
				var r = arguments[0].getBoundingClientRect();
				return r.width > 0 && r.left >= 0 && r.right <= window.innerWidth + 0.5;""", element);
	}

	/** Clicks a menu item, opening what hides it first; waits for the page that answers. */
	public Browser menu(String item) {
		WebElement target = reachMenu(item);
		target.click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(target));
		return this;
	}

	private static String axe;

	/**
	 * What axe-core (the accessibility engine, {@code src/test/resources/axe}) finds on the page at WCAG 2.1
	 * A and AA and rates serious or critical: one line per rule broken, with the elements that break it.
	 */
	public java.util.List<String> seriousAccessibilityProblems() {
		if (axe == null) {
			try (var in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
				axe = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			}
			catch (IOException failed) {
				throw new UncheckedIOException(failed);
			}
		}
		JavascriptExecutor js = (JavascriptExecutor) driver;
		js.executeScript(axe);
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		Object found = js.executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
				                    resultTypes: ['violations'] })
				  .then(function (r) {
				    done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
				      .map(function (v) {
				        return v.id + ' (' + v.impact + '): ' + v.help + ' -> ' + v.nodes.slice(0, 5).map(function (n) {
				          return n.target.join(' ') + ' [' + (n.failureSummary || '').replace(/\s+/g, ' ') + ']';
				        }).join(' | ');
				      }));
				  })
				  .catch(function (e) { done(['axe failed: ' + e]); });""");
		java.util.List<String> problems = new java.util.ArrayList<>();
		for (Object problem : (java.util.List<?>) found) {
			problems.add(path() + ": " + problem);
		}
		return problems;
	}

	/** The element that has the keyboard's focus. */
	public WebElement focused() {
		return driver.switchTo().activeElement();
	}

	/** Presses keys on the keyboard, into whatever has the focus. */
	public Browser press(CharSequence... keys) {
		new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
		return this;
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
