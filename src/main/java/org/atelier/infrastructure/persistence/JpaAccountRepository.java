package org.atelier.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.atelier.domain.model.account.Account;
import org.atelier.domain.model.account.AccountRepository;

import java.util.Optional;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext(unitName = "atelier")
    private EntityManager em;

    @Override
    public Optional<Account> findById(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    @Override
    public Optional<Account> findByEmail(String normalEmail) {
        return em.createQuery("select a from Account a where a.email = :email", Account.class)
                .setParameter("email", normalEmail)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(Account account) {
        em.persist(account);
        em.flush();
    }

    @Override
    public void lock(long accountId) {
        em.createNativeQuery("select id from account where id = ?1 for update")
                .setParameter(1, accountId)
                .getResultList();
    }

    @Override
    public long countAdminsWithPassword() {
        return ((Number) em.createNativeQuery("""
                        select count(*) from account a join account_role r on r.account_id = a.id
                        where r.role = 'ADMIN' and a.password_hash is not null""")
                .getSingleResult()).longValue();
    }
}
