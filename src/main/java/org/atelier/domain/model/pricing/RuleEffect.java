package org.atelier.domain.model.pricing;

/** What a pricing rule does to the price of the seats it applies to. */
public enum RuleEffect {
    /** Nothing to pay. */
    FREE,
    /** Each seat costs the rule's amount. */
    UNIT_PRICE,
    /** The whole group of exactly the rule's number of seats costs the rule's amount. */
    GROUP_PRICE,
    /** Each seat costs the list price less a percentage, rounded half up to the minor unit. */
    PERCENT_OFF
}
