package org.atelier.application.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.atelier.application.port.PasswordHashing;
import org.atelier.domain.model.account.Account;
import org.atelier.domain.model.account.AccountRepository;
import org.atelier.domain.model.account.Role;
import org.atelier.domain.model.pricing.PricingRule;
import org.atelier.domain.model.pricing.PricingRuleRepository;
import org.atelier.domain.model.pricing.RuleEffect;
import org.atelier.domain.model.pricing.RuleTerms;
import org.atelier.domain.model.shared.Money;
import org.atelier.domain.model.workshop.WorkshopRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The demo's people and prices: an admin, a resident artist, a host and a visitor who can sign in,
 * residents booking free four times a month (half price after that), and group prices for the
 * group workshop. Loaded once, into a database that has no accounts and no rules yet.
 */
@Stateless
public class DemoAccountsService {

    @Inject
    DemoSpace space;

    @Inject
    AccountRepository accounts;

    @Inject
    PricingRuleRepository rules;

    @Inject
    WorkshopRepository workshops;

    @Inject
    PasswordHashing passwords;

    @Inject
    Clock clock;

    public boolean loadIfNone() {
        if (!space.lockAccountsIfEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        for (DemoCatalogue.DemoPerson person : DemoCatalogue.PEOPLE) {
            Account account = Account.register(person.email(), person.name(), "en", now);
            account.changePasswordHash(passwords.hash(person.password()));
            account.verifyEmail(now);
            accounts.add(account);
            if (person.role() != null) {
                account.grant(Role.valueOf(person.role()), now);
            }
            if (Role.HOST.name().equals(person.role())) {
                hostTheDemoWorkshops(account, now);
            }
        }
        rules.add(new PricingRule(RuleTerms.everywhere("Resident artists book free, 4 times a month", Role.RESIDENT_ARTIST)
                .dutchName("Huiskunstenaars boeken 4 keer per maand gratis")
                .quota(4).advertise(), now));
        rules.add(new PricingRule(RuleTerms.everywhere("Resident artists pay half", Role.RESIDENT_ARTIST)
                .dutchName("Huiskunstenaars betalen de helft")
                .effect(RuleEffect.PERCENT_OFF, null, 50), now));
        workshops.findBySlug(DemoCatalogue.GROUP_WORKSHOP).ifPresent(mural -> {
            rules.add(new PricingRule(RuleTerms.everywhere("Group of 10", null).dutchName("Groep van 10")
                    .forWorkshop(mural.id()).effect(RuleEffect.GROUP_PRICE, Money.of(40000, "EUR"), null)
                    .seats(null, 10), now));
            rules.add(new PricingRule(RuleTerms.everywhere("Groups of 6 or more", null).dutchName("Groepen van 6 of meer")
                    .forWorkshop(mural.id()).effect(RuleEffect.UNIT_PRICE, Money.of(4500, "EUR"), null)
                    .seats(6, null), now));
        });
        return true;
    }

    /** The demo host runs the demo's workshops, so that their account page shows who comes. */
    private void hostTheDemoWorkshops(Account host, Instant now) {
        space.flush();
        for (DemoCatalogue.DemoWorkshop demo : DemoCatalogue.WORKSHOPS) {
            workshops.findBySlug(demo.slug()).ifPresent(workshop -> workshop.hostedBy(Optional.of(host.id()), now));
        }
    }
}
