package org.atelier.application.appointment;

import org.atelier.domain.model.appointment.PlanningProfile;

import java.util.List;
import java.util.Optional;

/** Where planning profiles and visitors' segments are kept (a port: persistence answers in SQL). */
public interface PlanningProfiles {

    /** Every profile, by name. */
    List<PlanningProfile> all();

    /** Replaces an existing profile's rules; answers whether there was one by that name. */
    boolean save(PlanningProfile profile);

    /** The segment an admin set for the account (empty: decided by the rules); answers whether the account exists. */
    boolean setSegment(long accountId, Optional<String> segment);
}
