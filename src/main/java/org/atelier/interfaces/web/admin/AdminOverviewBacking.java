package org.atelier.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.atelier.application.admin.AdminOverview;
import org.atelier.application.admin.read.NeedsAttention;
import org.atelier.interfaces.web.Messages;

import java.io.Serializable;

/** Backs /admin: the overview, read again every half minute by the page's poll. */
@Named
@ViewScoped
public class AdminOverviewBacking implements Serializable {

    @Inject
    AdminOverview overview;

    private AdminOverview.Overview current;

    public void refresh() {
        current = overview.overview();
    }

    public void retry(NeedsAttention.StuckWork work) {
        overview.retry(work.id());
        Messages.info(null, "admin.overview.retrying", work.reference());
        refresh();
    }

    public AdminOverview.Overview getCurrent() {
        if (current == null) {
            refresh();
        }
        return current;
    }
}
