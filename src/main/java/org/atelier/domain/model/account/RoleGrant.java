package org.atelier.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;
import java.util.Objects;

/** A role given to an account, and when. Two grants of one role are the same grant. */
@Embeddable
public class RoleGrant {

    @Enumerated(EnumType.STRING)
    private Role role;

    @Column(name = "granted_at")
    private Instant grantedAt;

    protected RoleGrant() {
        // for JPA
    }

    RoleGrant(Role role, Instant grantedAt) {
        this.role = role;
        this.grantedAt = grantedAt;
    }

    public Role role() {
        return role;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RoleGrant other && role == other.role;
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(role);
    }
}
