package org.atelier.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.atelier.application.admin.AdminCatalogue;
import org.atelier.application.admin.AdminPricing;
import org.atelier.domain.model.account.Role;
import org.atelier.domain.model.pricing.PricingRule;
import org.atelier.domain.model.pricing.RuleEffect;
import org.atelier.domain.model.pricing.RuleScope;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.WorkspaceZone;
import org.atelier.interfaces.web.Messages;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;

/**
 * Backs /admin/pricing: the live rules, and a form to add or change one with a preview of what
 * each kind of buyer would pay before it is saved.
 */
@Named
@ViewScoped
public class AdminPricingBacking implements Serializable {

    @Inject
    AdminPricing pricing;

    @Inject
    AdminCatalogue catalogue;

    @Inject
    @WorkspaceZone
    ZoneId zone;

    private RuleForm form = new RuleForm();
    private Long previewWorkshopId;
    private List<AdminPricing.PreviewRow> preview = List.of();
    private List<PricingRule> rules;
    private List<AdminCatalogue.WorkshopChoice> workshops;

    public void startNew() {
        form = new RuleForm();
        preview = List.of();
    }

    public void edit(PricingRule rule) {
        form = RuleForm.of(rule.id(), rule.terms(), zone);
        if (form.getWorkshopId() != null) {
            previewWorkshopId = form.getWorkshopId();
        }
        preview = List.of();
    }

    public void showPreview() {
        try {
            long workshop = previewWorkshopId != null ? previewWorkshopId : getWorkshops().get(0).id();
            preview = pricing.preview(form.toTerms(zone), form.getId(), workshop);
        } catch (BookingException e) {
            preview = List.of();
            Messages.error("ruleForm:messages", e);
        }
    }

    public void save() {
        try {
            pricing.save(form.getId(), form.toTerms(zone));
            Messages.info(null, "admin.pricing.saved", form.getName());
            rules = null;
            startNew();
        } catch (BookingException e) {
            Messages.error("ruleForm:messages", e);
        }
    }

    public void retire(PricingRule rule) {
        pricing.retire(rule.id());
        Messages.info(null, "admin.pricing.retired", rule.name());
        rules = null;
    }

    public List<PricingRule> getRules() {
        if (rules == null) {
            rules = pricing.liveRules();
        }
        return rules;
    }

    public List<AdminCatalogue.WorkshopChoice> getWorkshops() {
        if (workshops == null) {
            workshops = catalogue.workshopChoices();
        }
        return workshops;
    }

    public RuleForm getForm() {
        return form;
    }

    public List<AdminPricing.PreviewRow> getPreview() {
        return preview;
    }

    public Long getPreviewWorkshopId() {
        return previewWorkshopId;
    }

    public void setPreviewWorkshopId(Long previewWorkshopId) {
        this.previewWorkshopId = previewWorkshopId;
    }

    public List<RuleScope> getScopes() {
        return List.of(RuleScope.values());
    }

    public List<RuleEffect> getEffects() {
        return List.of(RuleEffect.values());
    }

    public List<Role> getRoles() {
        return List.of(Role.values());
    }

    public List<String> getCategories() {
        return List.of("ceramics", "printmaking", "painting", "drawing", "textiles", "photography");
    }
}
