package org.atelier.application.booking;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.atelier.domain.model.shared.BookingException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Group commit for seat holds. Buyers racing for one session all need that session's row lock;
 * taking it once per buyer makes the lock, not the server, the limit. Here the requests waiting
 * for the same session are taken together: one of the waiting threads locks the row once,
 * decides each request in arrival order (all its seats or none), and commits them in one
 * transaction. Every hold stays atomic, and the database still refuses any overbooking.
 */
@ApplicationScoped
public class SeatHoldBatcher {

    private static final int MAX_BATCH = 100;
    private static final long PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    @Inject
    SeatHolds holds;

    private final Map<Long, Lane> lanes = new ConcurrentHashMap<>();

    /** One queue per session; whoever finds it idle drains it. */
    private static final class Lane {
        final Queue<Pending> waiting = new ConcurrentLinkedQueue<>();
        final AtomicBoolean draining = new AtomicBoolean();
    }

    private record Pending(HoldRequest request, CompletableFuture<HoldReceipt> answer, Thread thread) {

        void wake() {
            LockSupport.unpark(thread);
        }
    }

    /**
     * Waits parked until answered. Whoever finds the lane idle decides the next batch and then
     * wakes the first one still waiting, who leads the batch after; nobody spins.
     */
    public HoldReceipt hold(HoldRequest request) {
        Lane lane = lanes.computeIfAbsent(request.sessionId(), id -> new Lane());
        Pending mine = new Pending(request, new CompletableFuture<>(), Thread.currentThread());
        lane.waiting.add(mine);
        while (!mine.answer().isDone()) {
            if (lane.draining.compareAndSet(false, true)) {
                try {
                    drain(lane);
                } finally {
                    lane.draining.set(false);
                }
                Pending next = lane.waiting.peek();
                if (next != null) {
                    next.wake();
                } else {
                    // An idle lane goes, so sessions long past keep none. A request that found it
                    // just before still drains it; a second lane for a while is safe, as each
                    // batch takes the session's row lock.
                    lanes.remove(request.sessionId(), lane);
                }
            } else {
                // The time-out is only a safety net; a leader or an answer wakes us first.
                LockSupport.parkNanos(this, PARK_NANOS);
            }
        }
        return answer(mine);
    }

    /** How many requests for a session wait for the batch in progress to end. */
    int waitingFor(long sessionId) {
        Lane lane = lanes.get(sessionId);
        return lane == null ? 0 : lane.waiting.size();
    }

    private void drain(Lane lane) {
        List<Pending> batch = new ArrayList<>();
        Pending next;
        while (batch.size() < MAX_BATCH && (next = lane.waiting.poll()) != null) {
            batch.add(next);
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            answerAll(batch, holds.holdAll(batch.get(0).request().sessionId(),
                    batch.stream().map(Pending::request).toList()));
        } catch (EJBException | BookingException e) {
            // One request spoiled the whole batch (such as an idempotency key racing in from another
            // instance): decide each alone, so that only that one fails.
            for (Pending pending : batch) {
                holdAlone(pending);
            }
        }
    }

    /** Tried twice: a booking reference that happened to be taken already is drawn anew. */
    private void holdAlone(Pending pending) {
        for (int attempt = 1; ; attempt++) {
            try {
                answerAll(List.of(pending), holds.holdAll(pending.request().sessionId(), List.of(pending.request())));
                return;
            } catch (BookingException refusal) {
                pending.answer().completeExceptionally(refusal);
            } catch (RuntimeException failure) {
                if (attempt < 2) {
                    continue;
                }
                pending.answer().completeExceptionally(failure);
            }
            pending.wake();
            return;
        }
    }

    private static void answerAll(List<Pending> batch, List<SeatHolds.Outcome> outcomes) {
        for (int i = 0; i < batch.size(); i++) {
            SeatHolds.Outcome outcome = outcomes.get(i);
            if (outcome.receipt() != null) {
                batch.get(i).answer().complete(outcome.receipt());
            } else {
                batch.get(i).answer().completeExceptionally(outcome.refusal());
            }
            batch.get(i).wake();
        }
    }

    private static HoldReceipt answer(Pending mine) {
        try {
            return mine.answer().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a seat hold", e);
        }
    }
}
