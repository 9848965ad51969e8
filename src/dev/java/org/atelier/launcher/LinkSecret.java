package org.atelier.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The secret that signs booking links, made once per data folder, so that links in e-mails keep
 * working across restarts of the run command. Production sets ATELIER_LINK_SECRET instead.
 */
final class LinkSecret {

    private LinkSecret() {
    }

    static String keptIn(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        }
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String hex = HexFormat.of().formatHex(secret);
        // With a database of one's own nothing else has made the folder yet.
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, hex, StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system; the folder's own permissions apply
        }
        return hex;
    }
}
