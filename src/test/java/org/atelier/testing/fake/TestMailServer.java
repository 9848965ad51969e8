package org.atelier.testing.fake;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import static org.awaitility.Awaitility.await;
import java.util.Optional;

/**
 * A real SMTP server (GreenMail) on loopback for the whole integration-test run; the deployed
 * application is pointed at it (arquillian.xml), and tests read what it received.
 */
public class TestMailServer implements LauncherSessionListener {

    public static final String PORT = "atelier.test.smtp.port";

    private static GreenMail greenMail;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("atelier.it") || greenMail != null) {
            return;
        }
        int port = freePort();
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        System.setProperty(PORT, Integer.toString(port));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    /** Waits for a message to the given address that matches, or fails after the timeout. */
    public static MimeMessage awaitMessage(String recipient, Predicate<MimeMessage> matching, Duration timeout) {
        return await("a mail to " + recipient).atMost(timeout)
                .until(() -> Arrays.stream(greenMail.getReceivedMessages())
                        .filter(message -> sentTo(message, recipient)).filter(matching).findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    /** Every message to the address so far, in the order they arrived. */
    public static List<MimeMessage> messagesTo(String recipient) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> sentTo(message, recipient)).toList();
    }

    public static long countTo(String recipient) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> sentTo(message, recipient)).count();
    }

    private static boolean sentTo(MimeMessage message, String recipient) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().contains(recipient));
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
