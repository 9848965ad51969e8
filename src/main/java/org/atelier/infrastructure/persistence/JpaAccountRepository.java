package org.atelier.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.atelier.domain.model.account.Account;
import org.atelier.domain.model.account.AccountRepository;

import java.util.List;
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
    public List<Account> findByPrefix(String typed, int limit) {
        return em.createQuery("""
                        select a from Account a
                        where a.email like :prefix or lower(a.displayName) like :prefix
                        order by a.createdAt desc, a.id desc""", Account.class)
                .setParameter("prefix", SearchPrefix.of(typed))
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public int lockAdmins() {
        return em.createNativeQuery("select account_id from account_role where role = 'ADMIN' for update")
                .getResultList().size();
    }

    @Override
    public void lockAdminSetup() {
        em.createNativeQuery("select pg_advisory_xact_lock(4242001)").getSingleResult();
    }

    @Override
    public long countAdminsWithPassword() {
        return ((Number) em.createNativeQuery("""
                        select count(*) from account a join account_role r on r.account_id = a.id
                        where r.role = 'ADMIN' and a.password_hash is not null""")
                .getSingleResult()).longValue();
    }
}
