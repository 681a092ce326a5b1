package vn.tdkt.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web console in a headless Chromium, seen as a person uses it: by visible labels, link and button
 * texts, never by internal ids. Every page it lands on is checked with axe-core and fails the test on a
 * serious or critical violation. One instance is one browser and one person: sign in, work, {@link #close()}.
 *
 * <pre>{@code
 * try (Console console = Console.open(stack)) {
 *     console.signIn("thiduakt.chilang");
 *     console.clickLink("Đơn vị");
 *     console.fill("Mã đơn vị", "LS-CL-QL").submit("Lưu");
 * }
 * }</pre>
 */
final class Console implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Console.class);
    static final Duration WAIT = EndToEndTest.scaled(Duration.ofSeconds(30));
    /** Where the screenshots of the main screens are kept, with the docs. */
    static final Path SCREENSHOTS = Reactor.root().resolve("docs/screenshots");
    private static final List<String> CHROMIUM = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
    private static final List<String> CHROMEDRIVER = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private final ConsoleStack stack;
    private final WebDriver driver;
    private final WebDriverWait wait;
    private final Path profile;
    private final Set<String> checked = new LinkedHashSet<>();

    private Console(ConsoleStack stack, WebDriver driver, Path profile) {
        this.stack = stack;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, WAIT);
        this.profile = profile;
    }

    /** Skips the calling test (a JUnit assumption, with the reason) when no Chromium and chromedriver are installed. */
    static void assumeBrowser() {
        Assumptions.assumeTrue(find(CHROMIUM) != null && find(CHROMEDRIVER) != null,
                "no headless browser: the console's browser tests need Debian's chromium and chromium-driver "
                        + "(apt-get install chromium chromium-driver; ./tdkt test installs them when it runs as root)");
    }

    /** A fresh browser (own profile: no cookies of another user) on the console's home page. */
    static Console open(ConsoleStack stack) {
        assumeBrowser();
        try {
            Path profile = Files.createTempDirectory("tdkt-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(find(CHROMIUM));
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--lang=vi-VN", "--window-size=1280,900", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(find(CHROMEDRIVER)))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(WAIT);
            return new Console(stack, driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- signing in and out ---------------------------------------------------------------------

    /** Opens the console, is sent to the auth server's sign-in form, signs in as a demo user (password demo). */
    Console signIn(String user) {
        driver.get(stack.consoleUrl() + "/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(System.getenv().getOrDefault("TDKT_DEMO_PASSWORD", "demo"));
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> d.getCurrentUrl().startsWith(stack.consoleUrl()) && !d.findElements(By.cssSelector("header .who")).isEmpty());
        checkAccessibility();
        return this;
    }

    Console signOut() {
        driver.findElement(By.xpath("//header//button[normalize-space()='Đăng xuất' or normalize-space()='Sign out']")).click();
        wait.until(ExpectedConditions.urlContains("/signed-out"));
        checkAccessibility();
        return this;
    }

    // --- moving around ------------------------------------------------------------------------

    /** A path of the console, e.g. {@code /units}. */
    Console go(String path) {
        driver.get(stack.consoleUrl() + path);
        settled();
        return this;
    }

    Console clickLink(String text) {
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.linkText(text)));
        link.click();
        settled();
        return this;
    }

    /** A button by its visible text (or value); waits for the page or the htmx swap it causes. */
    Console press(String text) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//button[normalize-space()=" + xpathLiteral(text) + "] | //input[@type='submit' and @value=" + xpathLiteral(text) + "]")));
        button.click();
        settled();
        return this;
    }

    /** Types into the field whose label reads {@code label} (a text input, a textarea or a select's option text). */
    Console fill(String label, String value) {
        WebElement field = field(label);
        if ("select".equals(field.getTagName())) {
            new Select(field).selectByVisibleText(value);
        } else {
            field.clear();
            field.sendKeys(value);
        }
        return this;
    }

    /** Ticks the checkbox whose label reads {@code label}. */
    Console check(String label) {
        WebElement box = field(label);
        if (!box.isSelected()) {
            box.click();
        }
        return this;
    }

    /** Clicks the button whose accessible name (aria-label) is {@code label}; waits for what it loads. */
    Console pressLabelled(String label) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[aria-label=" + cssLiteral(label) + "]"))).click();
        settled();
        return this;
    }

    /** The input, textarea or select whose label reads {@code label} (exactly, else the label starting with it). */
    WebElement field(String label) {
        String exact = "//label[normalize-space()=" + xpathLiteral(label) + "]";
        String starting = "//label[starts-with(normalize-space(), " + xpathLiteral(label + " ") + ")]";
        WebElement l = wait.until(d -> {
            List<WebElement> found = d.findElements(By.xpath(exact));
            return found.isEmpty() ? d.findElements(By.xpath(starting)).stream().findFirst().orElse(null) : found.getFirst();
        });
        return driver.findElement(By.id(l.getAttribute("for")));
    }

    /** The message shown next to a field (empty if none). */
    String errorAt(String label) {
        WebElement f = field(label);
        String describedBy = f.getAttribute("aria-describedby");
        if (describedBy == null || describedBy.isBlank()) {
            return "";
        }
        return driver.findElements(By.id(describedBy.split(" ")[0])).stream().map(WebElement::getText).findFirst().orElse("");
    }

    // --- reading --------------------------------------------------------------------------------

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    String text() {
        return driver.findElement(By.tagName("main")).getText();
    }

    /** Waits until the main content shows the text (an htmx load, a redirect). */
    Console waitForText(String text) {
        wait.until(d -> d.findElement(By.tagName("main")).getText().contains(text));
        return this;
    }

    String url() {
        return driver.getCurrentUrl();
    }

    WebDriver driver() {
        return driver;
    }

    // --- evidence -------------------------------------------------------------------------------

    /** docs/screenshots/{name}.png of the whole page as it is now. */
    Console screenshot(String name) {
        byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        try {
            Files.createDirectories(SCREENSHOTS);
            Path tmp = SCREENSHOTS.resolve(name + ".png.tmp");
            Files.write(tmp, png);
            Files.move(tmp, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The same at a phone's width (390 px), then back. */
    Console phoneScreenshot(String name) {
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            assertThat((Long) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
                    .as("no sideways scrolling at a phone's width on %s", url()).isLessThanOrEqualTo(1L);
            checkAccessibility();
            screenshot(name);
        } finally {
            driver.manage().window().setSize(before);
        }
        return this;
    }

    /**
     * axe-core on the page as it is now (WCAG 2.0/2.1 A and AA rules); fails on any serious or critical
     * violation, naming the rule and the elements.
     */
    Console checkAccessibility() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze(driver);
        List<String> serious = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                serious.add(rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " – "
                        + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(5).collect(Collectors.joining(", ")));
            }
        }
        assertThat(serious).as("accessibility (axe-core) of %s", url()).isEmpty();
        checked.add(url().replace(stack.consoleUrl(), ""));
        return this;
    }

    /** The pages checked so far, for the log. */
    Set<String> checkedPages() {
        return checked;
    }

    /** After a click: the new page has loaded and htmx has nothing in flight; then axe checks it. */
    private void settled() {
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.querySelectorAll('.htmx-request').length === 0"));
        checkAccessibility();
    }

    private static String find(List<String> candidates) {
        return candidates.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElse(null);
    }

    private static String cssLiteral(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String xpathLiteral(String s) {
        if (!s.contains("'")) {
            return "'" + s + "'";
        }
        return "concat('" + s.replace("'", "', \"'\", '") + "')";
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } catch (RuntimeException e) {
            log.warn("could not quit the browser", e);
        }
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            log.debug("could not delete {}", profile, e);
        }
    }
}
