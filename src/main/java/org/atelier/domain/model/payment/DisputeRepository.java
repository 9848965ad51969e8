package org.atelier.domain.model.payment;

import java.util.Optional;

public interface DisputeRepository {

    Optional<Dispute> findById(String disputeId);

    void add(Dispute dispute);
}
