package org.atelier.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.atelier.domain.model.account.AccountToken;
import org.atelier.domain.model.account.AccountTokenRepository;
import org.atelier.domain.model.account.TokenPurpose;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

@ApplicationScoped
public class JpaAccountTokenRepository implements AccountTokenRepository {

    @PersistenceContext(unitName = "atelier")
    private EntityManager em;

    @Override
    public void add(AccountToken token) {
        em.persist(token);
    }

    @Override
    public Optional<AccountToken> findByClearText(String clearText) {
        return em.createQuery("select t from AccountToken t where t.tokenHash = :hash", AccountToken.class)
                .setParameter("hash", AccountToken.digest(clearText))
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean spend(long tokenId, Instant now) {
        return em.createNativeQuery("update account_token set used_at = ?1 where id = ?2 and used_at is null and expires_at > ?1")
                .setParameter(1, now.atOffset(ZoneOffset.UTC))
                .setParameter(2, tokenId)
                .executeUpdate() == 1;
    }

    @Override
    public void spendAllOf(long accountId, TokenPurpose purpose, Instant now) {
        em.createNativeQuery("update account_token set used_at = ?1 where account_id = ?2 and purpose = ?3 and used_at is null")
                .setParameter(1, now.atOffset(ZoneOffset.UTC))
                .setParameter(2, accountId)
                .setParameter(3, purpose.name())
                .executeUpdate();
    }
}
