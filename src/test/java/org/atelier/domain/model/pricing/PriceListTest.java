package org.atelier.domain.model.pricing;

import org.atelier.domain.model.account.Role;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.Money;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pricing engine: each kind of rule, how they combine, and what a booking keeps of the result. */
class PriceListTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");
    private static final PricedWorkshop MURAL = new PricedWorkshop(7, "painting", eur(5000));
    private static final PricedWorkshop LINOCUT = new PricedWorkshop(8, "printmaking", eur(5500));
    private static final PricedBuyer RESIDENT = PricedBuyer.withRoles(EnumSet.of(Role.VISITOR, Role.RESIDENT_ARTIST));
    private static final PricedBuyer VISITOR = PricedBuyer.withRoles(EnumSet.of(Role.VISITOR));

    private final List<PricingRule> rules = new ArrayList<>();

    @Test
    void withoutRulesEverySeatCostsTheListPrice() {
        PriceQuote quote = prices().quote(MURAL, 3, PricedBuyer.ANONYMOUS, NOW);
        assertEquals(eur(15000), quote.total());
        assertEquals(eur(5000), quote.unitPrice());
        assertEquals(eur(0), quote.discount());
        assertNull(quote.ruleId(), "the list price is no rule");
    }

    @Test
    void aFreeRuleForARoleMakesItFreeForThatRoleOnly() {
        rule(RuleTerms.everywhere("Residents free", Role.RESIDENT_ARTIST));
        PriceQuote resident = prices().quote(MURAL, 2, RESIDENT, NOW);
        assertTrue(resident.isFree());
        assertEquals(eur(10000), resident.discount());
        assertEquals("Residents free", resident.ruleName());
        assertEquals(eur(10000), prices().quote(MURAL, 2, VISITOR, NOW).total());
        assertEquals(eur(10000), prices().quote(MURAL, 2, PricedBuyer.ANONYMOUS, NOW).total());
    }

    @Test
    void aFixedUnitPriceAppliesPerSeat() {
        rule(RuleTerms.everywhere("Members", Role.VISITOR).effect(RuleEffect.UNIT_PRICE, eur(4200), null));
        assertEquals(eur(12600), prices().quote(MURAL, 3, VISITOR, NOW).total());
        assertEquals(eur(15000), prices().quote(MURAL, 3, PricedBuyer.ANONYMOUS, NOW).total(),
                "VISITOR is every signed-in account, not a guest");
    }

    @Test
    void percentOffIsRoundedHalfUpPerSeatInMinorUnits() {
        PricedWorkshop odd = new PricedWorkshop(9, "drawing", eur(999));
        rule(RuleTerms.everywhere("Third off", null).effect(RuleEffect.PERCENT_OFF, null, 33));
        // 999 × 0.67 = 669.33 → 669 per seat; 3 seats are 2007, not round(2007.99) = 2008.
        PriceQuote three = prices().quote(odd, 3, PricedBuyer.ANONYMOUS, NOW);
        assertEquals(eur(669), three.unitPrice());
        assertEquals(eur(2007), three.total());
        PricedWorkshop half = new PricedWorkshop(10, "drawing", eur(1001));
        rules.clear();
        rule(RuleTerms.everywhere("Half", null).effect(RuleEffect.PERCENT_OFF, null, 50));
        assertEquals(eur(501), prices().quote(half, 1, PricedBuyer.ANONYMOUS, NOW).total(), "500.5 rounds up");
    }

    @Test
    void aGroupOfExactlyNPaysTheFlatPriceAndOtherSizesDoNot() {
        rule(RuleTerms.everywhere("Group of 10", null).forWorkshop(7)
                .effect(RuleEffect.GROUP_PRICE, eur(40000), null).seats(null, 10));
        PriceQuote ten = prices().quote(MURAL, 10, PricedBuyer.ANONYMOUS, NOW);
        assertEquals(eur(40000), ten.total());
        assertTrue(ten.isGroupPrice());
        assertEquals(eur(4000), ten.unitPrice());
        assertEquals(eur(10000), ten.discount());
        assertEquals(eur(45000), prices().quote(MURAL, 9, PricedBuyer.ANONYMOUS, NOW).total());
        assertEquals(eur(55000), prices().quote(MURAL, 11, PricedBuyer.ANONYMOUS, NOW).total());
        assertEquals(eur(55000), prices().quote(LINOCUT, 10, PricedBuyer.ANONYMOUS, NOW).total(),
                "another workshop keeps its list price");
    }

    @Test
    void aTierAppliesFromItsNumberOfSeatsUp() {
        rule(RuleTerms.everywhere("Six or more", null).forCategory("painting")
                .effect(RuleEffect.UNIT_PRICE, eur(4500), null).seats(6, null));
        assertEquals(eur(25000), prices().quote(MURAL, 5, PricedBuyer.ANONYMOUS, NOW).total());
        assertEquals(eur(27000), prices().quote(MURAL, 6, PricedBuyer.ANONYMOUS, NOW).total());
        assertEquals(eur(55000), prices().quote(LINOCUT, 10, PricedBuyer.ANONYMOUS, NOW).total(), "other category");
    }

    @Test
    void theLowestPriceWinsAmongRulesThatApply() {
        rule(RuleTerms.everywhere("Six or more", null).forWorkshop(7)
                .effect(RuleEffect.UNIT_PRICE, eur(4500), null).seats(6, null));
        rule(RuleTerms.everywhere("Group of 10", null).forWorkshop(7)
                .effect(RuleEffect.GROUP_PRICE, eur(40000), null).seats(null, 10));
        rule(RuleTerms.everywhere("Residents half", Role.RESIDENT_ARTIST).effect(RuleEffect.PERCENT_OFF, null, 50));
        assertEquals("Six or more", prices().quote(MURAL, 8, PricedBuyer.ANONYMOUS, NOW).ruleName());
        assertEquals("Group of 10", prices().quote(MURAL, 10, PricedBuyer.ANONYMOUS, NOW).ruleName());
        PriceQuote residentGroup = prices().quote(MURAL, 10, RESIDENT, NOW);
        assertEquals("Residents half", residentGroup.ruleName(), "half of 500 is less than the group's 400");
        assertEquals(eur(25000), residentGroup.total());
    }

    @Test
    void aTieGoesToTheNarrowerScopeThenToARoleThenToTheOlderRuleWhateverTheOrder() {
        RuleTerms fortyFive = RuleTerms.everywhere("x", null).effect(RuleEffect.UNIT_PRICE, eur(4500), null);
        PricingRule everywhere = rule(renamed(fortyFive, "everywhere"));
        PricingRule category = rule(renamed(fortyFive, "category").forCategory("painting"));
        PricingRule forResidents = rule(new RuleTerms("residents in the category", RuleScope.CATEGORY, null, "painting",
                Role.RESIDENT_ARTIST, RuleEffect.UNIT_PRICE, eur(4500), null, null, null, null, false, null, null, null));
        PricingRule workshopOlder = rule(renamed(fortyFive, "workshop, older").forWorkshop(7));
        PricingRule workshopNewer = rule(renamed(fortyFive, "workshop, newer").forWorkshop(7));

        assertEquals("workshop, older", prices().quote(MURAL, 1, RESIDENT, NOW).ruleName());
        List<PricingRule> reversed = new ArrayList<>(List.of(workshopNewer, workshopOlder, forResidents, category, everywhere));
        assertEquals("workshop, older", new PriceList(reversed, AMSTERDAM).quote(MURAL, 1, RESIDENT, NOW).ruleName());
        assertEquals("residents in the category", new PriceList(List.of(everywhere, category, forResidents), AMSTERDAM)
                .quote(MURAL, 1, RESIDENT, NOW).ruleName());
        assertEquals("category", new PriceList(List.of(forResidents, everywhere, category), AMSTERDAM)
                .quote(MURAL, 1, VISITOR, NOW).ruleName());
    }

    @Test
    void theListPriceKeepsATieSoARuleThatChangesNothingIsNeverNamed() {
        rule(RuleTerms.everywhere("Same as list", null).effect(RuleEffect.UNIT_PRICE, eur(5000), null));
        assertNull(prices().quote(MURAL, 1, PricedBuyer.ANONYMOUS, NOW).ruleName());
    }

    @Test
    void aFreeQuotaIsUsedUpWithinAMonthAndThenTheRolesPaidPriceApplies() {
        PricingRule free = rule(RuleTerms.everywhere("Residents free, 4 a month", Role.RESIDENT_ARTIST).quota(4));
        rule(RuleTerms.everywhere("Residents half", Role.RESIDENT_ARTIST).effect(RuleEffect.PERCENT_OFF, null, 50));
        List<Instant> booked = new ArrayList<>(List.of(Instant.parse("2026-11-02T09:00:00Z"),
                Instant.parse("2026-11-05T09:00:00Z"), Instant.parse("2026-11-12T09:00:00Z")));
        assertTrue(prices().quote(MURAL, 1, residentWith(free, booked), NOW).isFree(), "three used, one left");

        booked.add(Instant.parse("2026-11-15T09:00:00Z"));
        PriceQuote fifth = prices().quote(MURAL, 1, residentWith(free, booked), NOW);
        assertEquals(eur(2500), fifth.total(), "the fifth of the month is at the role's paid price");
        assertEquals("Residents half", fifth.ruleName());
    }

    @Test
    void theQuotaStartsAfreshOnTheFirstOfTheMonthInTheWorkspacesZone() {
        PricingRule free = rule(RuleTerms.everywhere("Residents free, 4 a month", Role.RESIDENT_ARTIST).quota(4));
        List<Instant> november = List.of(Instant.parse("2026-11-02T09:00:00Z"), Instant.parse("2026-11-05T09:00:00Z"),
                Instant.parse("2026-11-12T09:00:00Z"), Instant.parse("2026-11-30T22:30:00Z"));
        // The fourth, at 22:30 UTC on 30 November, was booked at 23:30 in Amsterdam: still November there.
        Instant lastNovemberEvening = Instant.parse("2026-11-30T22:59:00Z");
        assertFalse(prices().quote(MURAL, 1, residentWith(free, november), lastNovemberEvening).isFree());
        Instant firstDecemberMidnight = Instant.parse("2026-11-30T23:00:00Z");
        assertTrue(prices().quote(MURAL, 1, residentWith(free, november), firstDecemberMidnight).isFree(),
                "midnight in Amsterdam is 23:00 UTC in winter");
        assertEquals(firstDecemberMidnight, PriceList.monthStart(Instant.parse("2026-12-10T12:00:00Z"), AMSTERDAM));
    }

    @Test
    void aRuleAppliesOnlyWithinItsDatesAndNotOnceRetired() {
        Instant from = Instant.parse("2026-12-01T00:00:00Z");
        Instant until = Instant.parse("2027-01-01T00:00:00Z");
        PricingRule december = rule(RuleTerms.everywhere("December", null).valid(from, until));
        assertEquals(eur(5000), prices().quote(MURAL, 1, PricedBuyer.ANONYMOUS, from.minusSeconds(1)).total());
        assertTrue(prices().quote(MURAL, 1, PricedBuyer.ANONYMOUS, from).isFree());
        assertTrue(prices().quote(MURAL, 1, PricedBuyer.ANONYMOUS, until.minusSeconds(1)).isFree());
        assertEquals(eur(5000), prices().quote(MURAL, 1, PricedBuyer.ANONYMOUS, until).total(), "until is exclusive");
        december.retire(from);
        assertEquals(eur(5000), prices().quote(MURAL, 1, PricedBuyer.ANONYMOUS, from).total());
    }

    @Test
    void aRuleInAnotherCurrencyNeverApplies() {
        rule(RuleTerms.everywhere("Dollars", null).effect(RuleEffect.UNIT_PRICE, Money.of(100, "USD"), null));
        assertEquals(eur(5000), prices().quote(MURAL, 1, PricedBuyer.ANONYMOUS, NOW).total());
    }

    @Test
    void inconsistentRulesAreRefused() {
        RuleTerms base = RuleTerms.everywhere("x", null);
        assertThrows(BookingException.class, () -> new PricingRule(base.effect(RuleEffect.PERCENT_OFF, null, 0), NOW));
        assertThrows(BookingException.class, () -> new PricingRule(base.effect(RuleEffect.PERCENT_OFF, null, 101), NOW));
        assertThrows(BookingException.class, () -> new PricingRule(base.effect(RuleEffect.GROUP_PRICE, eur(1), null), NOW),
                "a group price needs its group size");
        assertThrows(BookingException.class, () -> new PricingRule(base.effect(RuleEffect.UNIT_PRICE, eur(-1), null), NOW));
        assertThrows(BookingException.class, () -> new PricingRule(base.quota(4), NOW), "a quota needs a role");
        assertThrows(BookingException.class, () -> new PricingRule(base.valid(NOW, NOW), NOW));
        assertThrows(BookingException.class, () -> new PricingRule(base.seats(2, 3), NOW));
        assertThrows(BookingException.class, () -> new PricingRule(base.dutchName("x".repeat(121)), NOW));
    }

    @Test
    void whatTheViewerSeesGroupOffersAndWhatResidentsPayWhereAdvertised() {
        rule(RuleTerms.everywhere("Residents free", Role.RESIDENT_ARTIST).advertise());
        rule(RuleTerms.everywhere("Hosts half", Role.HOST).effect(RuleEffect.PERCENT_OFF, null, 50));
        rule(RuleTerms.everywhere("Group of 10", null).forWorkshop(7)
                .effect(RuleEffect.GROUP_PRICE, eur(40000), null).seats(null, 10));
        PriceList prices = prices();
        List<PriceList.RoleOffer> seenByVisitor = prices.advertised(MURAL, VISITOR, NOW);
        assertEquals(1, seenByVisitor.size(), "hosts' price is not advertised");
        assertEquals(Role.RESIDENT_ARTIST, seenByVisitor.get(0).role());
        assertTrue(seenByVisitor.get(0).quote().isFree());
        assertTrue(prices.advertised(MURAL, RESIDENT, NOW).isEmpty(), "residents are not told what they already get");
        assertEquals(List.of(10), prices.groupOffers(MURAL, 12, VISITOR, NOW).stream().map(PriceQuote::quantity).toList());
        assertTrue(prices.groupOffers(MURAL, 8, VISITOR, NOW).isEmpty(), "no group larger than a booking may hold");
        assertTrue(prices.groupOffers(MURAL, 12, RESIDENT, NOW).isEmpty(), "free beats the group price for residents");
    }

    @Test
    void aSnapshotKeepsWhatWasDecidedWhateverHappensToTheRuleOrTheRolesAfterwards() {
        PricingRule rule = rule(RuleTerms.everywhere("Residents half", Role.RESIDENT_ARTIST)
                .dutchName("Huiskunstenaars de helft").effect(RuleEffect.PERCENT_OFF, null, 50));
        PriceQuote quote = prices().quote(MURAL, 2, RESIDENT, NOW);
        assertEquals("Huiskunstenaars de helft", quote.ruleNames().in("nl"), "the name a Dutch buyer reads");
        PriceSnapshot snapshot = quote.snapshot();

        rule.revise(RuleTerms.everywhere("Residents pay full", Role.RESIDENT_ARTIST)
                .effect(RuleEffect.PERCENT_OFF, null, 1), NOW.plusSeconds(60));
        rule.retire(NOW.plusSeconds(120));
        assertEquals(eur(10000), prices().quote(MURAL, 2, RESIDENT, NOW).total(), "new quotes see the change");

        assertEquals(Set.of(Role.VISITOR, Role.RESIDENT_ARTIST), snapshot.roles());
        assertEquals("Residents half", snapshot.ruleName().orElseThrow());
        assertEquals("Huiskunstenaars de helft", snapshot.ruleNames().orElseThrow().in("nl"));
        assertEquals(rule.id(), snapshot.ruleId().orElseThrow());
        assertEquals(5000, snapshot.listUnitPriceAmount());
        assertEquals(2500, snapshot.unitPriceAmount());
        assertEquals(5000, snapshot.discountAmount());
        assertEquals(eur(5000), quote.total());
    }

    @Test
    void noSeatsIsNoPrice() {
        assertThrows(BookingException.class, () -> prices().quote(MURAL, 0, PricedBuyer.ANONYMOUS, NOW));
    }

    private PriceList prices() {
        return new PriceList(rules, AMSTERDAM);
    }

    /** A saved rule: ids rise in the order rules are made, as the database's sequence gives them. */
    private PricingRule rule(RuleTerms terms) {
        PricingRule rule = new PricingRule(terms, NOW);
        try {
            Field id = PricingRule.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(rule, (long) rules.size() + 1);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        rules.add(rule);
        return rule;
    }

    private static RuleTerms renamed(RuleTerms terms, String name) {
        return new RuleTerms(name, terms.scope(), terms.workshopId(), terms.category(), terms.role(), terms.effect(),
                terms.amount(), terms.percentOff(), terms.minSeats(), terms.exactSeats(), terms.monthlyFreeQuota(),
                terms.advertised(), terms.validFrom(), terms.validUntil(), terms.nameNl());
    }

    private static PricedBuyer residentWith(PricingRule quotaRule, List<Instant> freeBookings) {
        return new PricedBuyer(EnumSet.of(Role.VISITOR, Role.RESIDENT_ARTIST), Map.of(quotaRule.id(), freeBookings));
    }

    private static Money eur(long cents) {
        return Money.of(cents, "EUR");
    }
}
