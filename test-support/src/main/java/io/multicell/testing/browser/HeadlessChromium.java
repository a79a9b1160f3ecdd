package io.multicell.testing.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven headless through the system chromedriver (.ci/install-browser installs both), with a fresh
 * profile per browser so no state leaks between tests. Selenium Manager is bypassed: the driver path is given, so
 * nothing is downloaded. Each instance is one browser; close it to end the process and delete the profile.
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private final ChromeDriver driver;
    private final Path profile;
    private final Path screenshots;

    private HeadlessChromium(ChromeDriver driver, Path profile, Path screenshots) {
        this.driver = driver;
        this.profile = profile;
        this.screenshots = screenshots;
    }

    /**
     * Starts a browser that accepts the self-signed certificate of a test cluster.
     *
     * @param screenshots where {@link #screenshot(String)} writes PNG files (created if missing)
     */
    public static HeadlessChromium start(Path screenshots) {
        if (!Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException(CHROMEDRIVER + " is missing: run .ci/install-browser");
        }
        try {
            Files.createDirectories(screenshots);
            Path profile = Files.createTempDirectory("multicell-chromium");
            var options = new ChromeOptions();
            if (Files.isExecutable(CHROMIUM)) {
                options.setBinary(CHROMIUM.toFile());
            }
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
            options.setAcceptInsecureCerts(true);
            var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort().build();
            var driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new HeadlessChromium(driver, profile, screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Saves what the browser shows as {@code name}.png in the screenshot directory. */
    public Path screenshot(String name) {
        Path file = screenshots.resolve(name + ".png");
        try {
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a profile left in /tmp is harmless
            }
        }
    }
}
