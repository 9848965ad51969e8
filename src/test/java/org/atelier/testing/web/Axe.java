package org.atelier.testing.web;

import com.microsoft.playwright.Page;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * axe-core, the accessibility engine browsers' own audits use, run inside the page against the
 * WCAG 2.1 A and AA rules. What it finds is what a screen-reader or keyboard user would trip on.
 */
public final class Axe {

    private static final String SCRIPT = load();

    private Axe() {
    }

    /** The page's WCAG A/AA violations, one line each: rule, impact, and where (at most three places). */
    @SuppressWarnings("unchecked")
    public static List<String> violations(Page page) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.evaluate(SCRIPT);
        }
        Object found = page.evaluate("""
                async () => (await axe.run(document, {
                    runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                    resultTypes: ['violations']
                })).violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                    where: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' [' + n.failureSummary.replace(/\\s+/g, ' ')
                        + '] ' + n.html.slice(0, 160)).join(' | ')}))""");
        return ((List<Map<String, Object>>) found).stream()
                .map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " at " + v.get("where"))
                .collect(Collectors.toList());
    }

    private static String load() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core:playwright)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
