package org.atelier.domain.model.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.atelier.domain.model.shared.PlainText;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person who signs in. The address is proved by a mailed link before the account can sign in;
 * the password is only ever kept as a PBKDF2 hash.
 */
@Entity
@Table(name = "account")
public class Account {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    public static final int MIN_PASSWORD_LENGTH = 10;

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Version
    private long version;

    private String email;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    private String language;

    @Column(name = "created_at")
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    private Set<RoleGrant> grants = new HashSet<>();

    protected Account() {
        // for JPA
    }

    private Account(String email, String displayName, String language, Instant now) {
        this.email = email;
        this.displayName = displayName;
        this.language = language;
        this.createdAt = now;
    }

    /** A new account; it cannot sign in until its address is verified and it has a password. */
    public static Account register(String email, String displayName, String language, Instant now) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty() || name.length() > 160) {
            throw new AccountException("account.name.invalid");
        }
        if (!PlainText.isLine(name)) {
            throw new AccountException("account.name.characters");
        }
        return new Account(normalEmail(email), name, "nl".equals(language) ? "nl" : "en", now);
    }

    /** The form every address is stored and looked up in. */
    public static String normalEmail(String email) {
        String normal = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (normal.length() > 254 || !EMAIL.matcher(normal).matches() || !PlainText.isLine(normal)) {
            throw new AccountException("account.email.invalid");
        }
        return normal;
    }

    /** Checked before hashing: the hash cannot tell how long the password was. */
    public static void requireStrongEnough(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > 200
                || password.isBlank()) {
            throw new AccountException("account.password.weak", MIN_PASSWORD_LENGTH);
        }
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }

    /** Proving the address by a mailed link verifies it; doing so twice changes nothing. */
    public void verifyEmail(Instant now) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = now;
        }
    }

    public boolean canSignIn() {
        return emailVerifiedAt != null && passwordHash != null;
    }

    public void grant(Role role, Instant now) {
        if (role != Role.VISITOR) {
            grants.add(new RoleGrant(role, now));
        }
    }

    /** VISITOR is what every account is, so it cannot be taken away. */
    public void revoke(Role role) {
        grants.remove(new RoleGrant(role, null));
    }

    /** VISITOR and every granted role. */
    public Set<Role> roles() {
        Set<Role> roles = EnumSet.of(Role.VISITOR);
        grants.forEach(grant -> roles.add(grant.role()));
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles().contains(role);
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Optional<String> passwordHash() {
        return Optional.ofNullable(passwordHash);
    }

    public boolean isEmailVerified() {
        return emailVerifiedAt != null;
    }

    public String language() {
        return language;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Account other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
