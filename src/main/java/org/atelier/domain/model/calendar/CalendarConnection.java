package org.atelier.domain.model.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * A host's calendar at Google, reached with a refresh token the host granted us. The token is held
 * only as {@link SealedToken ciphertext}; once Google refuses it, the host must connect again.
 */
@Entity
@Table(name = "calendar_connection")
public class CalendarConnection {

    public static final String GOOGLE = "google";

    @Id
    @SequenceGenerator(name = "calendar_connection_seq", sequenceName = "calendar_connection_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calendar_connection_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "account_id")
    private long accountId;

    private String provider;

    @Column(name = "calendar_id")
    private String calendarId;

    @Column(name = "refresh_token_cipher")
    private byte[] tokenCipher;

    @Column(name = "refresh_token_iv")
    private byte[] tokenIv;

    @Column(name = "key_version")
    private int keyVersion;

    @Enumerated(EnumType.STRING)
    private CalendarStatus status;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "connected_at")
    private Instant connectedAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected CalendarConnection() {
        // for JPA
    }

    public CalendarConnection(long accountId, String calendarId, SealedToken token, Instant now) {
        this.accountId = accountId;
        this.provider = GOOGLE;
        this.calendarId = Objects.requireNonNull(calendarId);
        this.connectedAt = now;
        reconnect(token, now);
    }

    /** The host granted access again (or for the first time): a fresh token, and working again. */
    public void reconnect(SealedToken token, Instant now) {
        this.tokenCipher = token.cipher();
        this.tokenIv = token.iv();
        this.keyVersion = token.keyVersion();
        this.status = CalendarStatus.CONNECTED;
        this.lastError = null;
        this.connectedAt = now;
        this.updatedAt = now;
    }

    /** Google refused the token for good (revoked, expired): nothing more is sent until the host reconnects. */
    public void needsReconnect(String why, Instant now) {
        this.status = CalendarStatus.RECONNECT_NEEDED;
        this.lastError = why == null ? null : why.substring(0, Math.min(why.length(), 300));
        this.updatedAt = now;
    }

    public boolean isUsable() {
        return status == CalendarStatus.CONNECTED;
    }

    public Long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public String calendarId() {
        return calendarId;
    }

    public SealedToken token() {
        return new SealedToken(tokenCipher, tokenIv, keyVersion);
    }

    public CalendarStatus status() {
        return status;
    }

    public String lastError() {
        return lastError;
    }

    public Instant connectedAt() {
        return connectedAt;
    }
}
