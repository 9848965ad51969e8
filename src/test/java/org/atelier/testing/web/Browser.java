package org.atelier.testing.web;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Debian's headless Chromium, driven by Playwright. The path comes from ATELIER_CHROMIUM
 * (default /usr/bin/chromium); Playwright never downloads a browser of its own here.
 */
public final class Browser implements AutoCloseable {

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    public Browser() {
        Path executable = Path.of(System.getenv().getOrDefault("ATELIER_CHROMIUM", "/usr/bin/chromium"));
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("No Chromium at " + executable + ": install Debian's chromium package "
                    + "(.ci/run does) or set ATELIER_CHROMIUM");
        }
        playwright = Playwright.create();
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(executable)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** A fresh visitor: own cookies, English browser, a phone-sized or desktop window. */
    public BrowserContext visitor(String locale, int width, int height) {
        return chromium.newContext(new NewContextOptions().setLocale(locale).setViewportSize(width, height)
                .setTimezoneId("Europe/Amsterdam"));
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
