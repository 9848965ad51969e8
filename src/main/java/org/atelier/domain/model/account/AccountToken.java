package org.atelier.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A single-use link's token. The token itself goes into the mail and is never stored; the
 * database keeps its SHA-256 digest, so a copy of the database opens no accounts.
 */
@Entity
@Table(name = "account_token")
public class AccountToken {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @SequenceGenerator(name = "account_token_seq", sequenceName = "account_token_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_token_seq")
    private Long id;

    @Column(name = "account_id")
    private long accountId;

    @Enumerated(EnumType.STRING)
    private TokenPurpose purpose;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountToken() {
        // for JPA
    }

    private AccountToken(long accountId, TokenPurpose purpose, String tokenHash, Instant now) {
        this.accountId = accountId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.lifetime());
    }

    /** A new token and the clear text to mail; the clear text exists only in the answer. */
    public static Issued issue(Account account, TokenPurpose purpose, Instant now) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String clear = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Issued(new AccountToken(account.id(), purpose, digest(clear), now), clear);
    }

    public record Issued(AccountToken token, String clearText) {
    }

    public static String digest(String clearText) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(clearText.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Whether the link can still be used for this purpose; spending it is the repository's conditional update. */
    public boolean isUsableFor(TokenPurpose wanted, Instant now) {
        return purpose == wanted && usedAt == null && now.isBefore(expiresAt);
    }

    public Long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public TokenPurpose purpose() {
        return purpose;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
