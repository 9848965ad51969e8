package org.atelier.domain.model.pricing;

/** Which workshops a pricing rule covers; a narrower scope wins a tie. */
public enum RuleScope {
    ALL(1),
    CATEGORY(2),
    WORKSHOP(3);

    private final int specificity;

    RuleScope(int specificity) {
        this.specificity = specificity;
    }

    int specificity() {
        return specificity;
    }
}
