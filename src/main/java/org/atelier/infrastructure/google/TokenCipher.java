package org.atelier.infrastructure.google;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.atelier.application.port.TokenSealing;
import org.atelier.domain.model.calendar.SealedToken;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals hosts' refresh tokens with AES-256-GCM under ATELIER_CALENDAR_KEY (32 bytes, Base64): a
 * fresh 96-bit nonce per sealing, and the host's id as associated data, so a token copied onto
 * another host's row does not open. The key's number (ATELIER_CALENDAR_KEY_VERSION) is stored
 * beside each token; a token sealed under another key asks the host to reconnect.
 */
@ApplicationScoped
public class TokenCipher implements TokenSealing {

    private static final int TAG_BITS = 128;

    @Inject
    @ConfigProperty(name = "atelier.calendar-key")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "atelier.calendar-key-version", defaultValue = "1")
    int configuredVersion;

    private final SecureRandom random = new SecureRandom();
    private SecretKeySpec key;
    private int version;

    public TokenCipher() {
        // for CDI
    }

    TokenCipher(byte[] key, int version) {
        use(key, version);
    }

    @PostConstruct
    void init() {
        configuredKey.filter(k -> !k.isBlank()).ifPresent(encoded -> {
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(encoded.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("ATELIER_CALENDAR_KEY is not Base64");
            }
            use(bytes, configuredVersion);
        });
    }

    private void use(byte[] bytes, int keyVersion) {
        if (bytes.length != 32) {
            throw new IllegalStateException("ATELIER_CALENDAR_KEY must be 32 bytes (256 bits), Base64-encoded");
        }
        this.key = new SecretKeySpec(bytes, "AES");
        this.version = keyVersion;
    }

    @Override
    public boolean isConfigured() {
        return key != null;
    }

    @Override
    public SealedToken seal(String secret, long hostId) {
        byte[] iv = new byte[12];
        random.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, hostId);
            return new SealedToken(cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8)), iv, version);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The secret, or empty when it was sealed under another key, for another host, or was altered. */
    @Override
    public Optional<String> open(SealedToken sealed, long hostId) {
        if (key == null || sealed.keyVersion() != version) {
            return Optional.empty();
        }
        try {
            byte[] plain = cipher(Cipher.DECRYPT_MODE, sealed.iv(), hostId).doFinal(sealed.cipher());
            return Optional.of(new String(plain, StandardCharsets.UTF_8));
        } catch (AEADBadTagException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private Cipher cipher(int mode, byte[] iv, long hostId) throws GeneralSecurityException {
        if (key == null) {
            throw new IllegalStateException("ATELIER_CALENDAR_KEY is not set");
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(ByteBuffer.allocate(Long.BYTES).putLong(hostId).array());
        return cipher;
    }
}
