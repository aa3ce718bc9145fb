package io.github.lympha.browser;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * A real headless Chromium driven through Selenium, for the end-to-end tests of the pages Lympha
 * writes (the handout, the variant-batch report): open a file, read where an element is laid out,
 * take a screenshot, print to PDF and count the pages. One browser serves a whole test class;
 * {@link #close()} quits it and its driver, also after a failure.
 *
 * <p>The browser is the system's {@code chromium} and {@code chromedriver} (Debian: {@code apt-get
 * install chromium chromium-driver}), given to Selenium by path so that Selenium Manager never
 * looks for one on the network; {@code -Dlympha.chromium=PATH} and {@code
 * -Dlympha.chromedriver=PATH} point elsewhere. Where either is missing, {@link #missing()} names it
 * and {@link #start()} skips the test, unless the environment variable {@value #REQUIRE} is {@code
 * 1} (as in CI), where it fails.
 *
 * <pre>{@code
 * try (Browser browser = Browser.start()) {
 *   browser.open(handout);
 *   Browser.Rect map = browser.elementRect("#map svg");
 *   BufferedImage shot = browser.screenshot();
 *   int pages = browser.printedPages(Browser.Paper.A4);
 * }
 * }</pre>
 */
public final class Browser implements AutoCloseable {
  /** The environment variable that turns a missing browser from a skip into a failure. */
  public static final String REQUIRE = "LYMPHA_REQUIRE_BROWSER";

  /** The window's width, in CSS pixels. */
  public static final int WIDTH = 1280;

  /** The window's height, in CSS pixels. */
  public static final int HEIGHT = 1400;

  private static final List<String> FLAGS =
      List.of(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-dev-shm-usage",
          "--force-device-scale-factor=1",
          "--hide-scrollbars",
          "--window-size=" + WIDTH + "," + HEIGHT);

  /** A paper size to print on. */
  public enum Paper {
    /** ISO A4, 210 × 297 mm. */
    A4(PageSize.ISO_A4),
    /** US Letter, 8.5 × 11 in. */
    LETTER(PageSize.US_LETTER);

    private final PageSize size;

    Paper(PageSize size) {
      this.size = size;
    }

    /** The width in PDF points (1/72 in). */
    public double widthPoints() {
      return size.getWidth() / 2.54 * 72;
    }

    /** The height in PDF points (1/72 in). */
    public double heightPoints() {
      return size.getHeight() / 2.54 * 72;
    }
  }

  /** An element's box in the page, in CSS pixels from the viewport's top left corner. */
  public record Rect(double x, double y, double width, double height) {
    /** The right edge. */
    public double right() {
      return x + width;
    }

    /** The bottom edge. */
    public double bottom() {
      return y + height;
    }
  }

  /**
   * Selenium warns that it has no DevTools (CDP) implementation for the browser's version: these
   * tests use WebDriver only, so the warning is noise. Held here so the setting is not collected.
   */
  private static final Logger DEVTOOLS = Logger.getLogger("org.openqa.selenium.devtools");

  private final ChromeDriverService service;
  private final ChromeDriver driver;
  private final Path profile;

  /** Quits the browser should the JVM end before {@link #close()} (a killed or timed-out run). */
  private final Thread hook = new Thread(this::quit, "lympha-browser-quit");

  private boolean closed;

  private Browser(ChromeDriverService service, ChromeDriver driver, Path profile) {
    this.service = service;
    this.driver = driver;
    this.profile = profile;
  }

  /**
   * Why the browser cannot start here: the missing binary, named with how to install it; empty when
   * both the browser and its driver are installed.
   *
   * @throws IllegalStateException instead, when the environment variable {@value #REQUIRE} is
   *     {@code 1}
   */
  public static Optional<String> missing() {
    for (Path binary : List.of(chromium(), chromedriver())) {
      if (!Files.isExecutable(binary)) {
        String message =
            String.format(
                "No %s at %s: the browser tests need the system's chromium and chromium-driver"
                    + " (Debian: apt-get install chromium chromium-driver)",
                binary.getFileName(), binary);
        checkState(!"1".equals(System.getenv(REQUIRE)), "%s; %s=1 requires them", message, REQUIRE);
        return Optional.of(message);
      }
    }
    return Optional.empty();
  }

  private static Path chromium() {
    return Path.of(System.getProperty("lympha.chromium", "/usr/bin/chromium"));
  }

  private static Path chromedriver() {
    return Path.of(System.getProperty("lympha.chromedriver", "/usr/bin/chromedriver"));
  }

  /**
   * Starts the browser, or aborts the calling test or class as skipped (fails, with {@value
   * #REQUIRE}{@code =1}) when the browser or its driver is not installed. A class that starts it in
   * {@code @BeforeAll} and wants each test reported as skipped checks {@link #missing()} first.
   */
  public static Browser start() throws IOException {
    DEVTOOLS.setLevel(Level.SEVERE);
    Optional<String> missing = missing();
    if (missing.isPresent()) {
      Assumptions.abort(missing.get() + "; skipped");
    }
    Path chromium = chromium();
    Path chromedriver = chromedriver();
    Path profile = Files.createTempDirectory("lympha-chromium-");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver.toFile())
            .usingAnyFreePort()
            .withSilent(true)
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(FLAGS);
    options.addArguments("--user-data-dir=" + profile);
    ChromeDriver driver;
    try {
      driver = new ChromeDriver(service, options);
    } catch (RuntimeException e) {
      service.stop();
      delete(profile);
      throw e;
    }
    Browser browser = new Browser(service, driver, profile);
    try {
      Runtime.getRuntime().addShutdownHook(browser.hook);
      driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
    } catch (RuntimeException e) {
      browser.close();
      throw e;
    }
    return browser;
  }

  /** Loads a local file and waits until it is loaded. */
  public void open(Path file) {
    checkArgument(Files.isRegularFile(file), "not a file: %s", file);
    driver.get(file.toUri().toString());
    checkState(
        "complete".equals(script("return document.readyState")), "the page did not load: %s", file);
  }

  /** Runs a script in the page and returns its result (as Selenium converts it). */
  public Object script(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  /** How many elements match a CSS selector. */
  public int count(String cssSelector) {
    return driver.findElements(By.cssSelector(cssSelector)).size();
  }

  /**
   * The box of the first element that matches a CSS selector, from {@code getBoundingClientRect}.
   *
   * @throws IllegalArgumentException if no element matches
   */
  public Rect elementRect(String cssSelector) {
    Object result =
        script(
            "const e = document.querySelector(arguments[0]);"
                + " if (!e) return null;"
                + " const r = e.getBoundingClientRect();"
                + " return [r.x, r.y, r.width, r.height];",
            cssSelector);
    checkArgument(result != null, "no element matches %s", cssSelector);
    List<?> r = (List<?>) result;
    return new Rect(number(r.get(0)), number(r.get(1)), number(r.get(2)), number(r.get(3)));
  }

  /** A number the page computed. */
  public double number(String script, Object... args) {
    return number(script(script, args));
  }

  private static double number(Object value) {
    checkState(value instanceof Number, "not a number: %s", value);
    return ((Number) value).doubleValue();
  }

  /** What the viewport shows now, as an image of {@code devicePixelRatio} pixels per CSS pixel. */
  public BufferedImage screenshot() {
    byte[] png = driver.getScreenshotAs(OutputType.BYTES);
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
      checkState(image != null, "the screenshot is not a PNG image");
      return image;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sets the window's size in CSS pixels (the screenshot's size follows). */
  public void resize(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  /**
   * The page printed as a browser user prints it, on this paper at 100 % (no shrinking), as PDF
   * bytes.
   */
  public byte[] print(Paper paper) {
    PrintOptions options = new PrintOptions();
    options.setPageSize(paper.size);
    options.setShrinkToFit(false);
    options.setScale(1.0);
    return Base64.getDecoder().decode(driver.print(options).getContent());
  }

  /** How many pages the page prints on, on this paper, counted by parsing the PDF. */
  public int printedPages(Paper paper) {
    return pages(print(paper));
  }

  /** How many pages a PDF has, counted by parsing it. */
  public static int pages(byte[] pdfBytes) {
    try (PDDocument pdf = Loader.loadPDF(pdfBytes)) {
      return pdf.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Quits the browser and its driver and deletes the browser's temporary profile; does nothing the
   * second time.
   */
  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The hook runs or has run: it quits the browser itself.
      return;
    }
    quit();
  }

  private synchronized void quit() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      driver.quit();
    } finally {
      try {
        service.stop();
      } finally {
        delete(profile);
      }
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
