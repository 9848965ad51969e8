package org.atelier.application.booking;

import jakarta.ejb.EJBException;
import org.atelier.domain.model.booking.BookingState;
import org.atelier.domain.model.shared.Money;
import org.atelier.domain.model.workshop.SeatsUnavailableException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.awaitility.Awaitility.await;

class SeatHoldBatcherTest {

    /** Grants seats in the order it is given them, like the real one under its row lock. */
    static class CountingHolds extends SeatHolds {
        final List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
        int seatsLeft;
        volatile CountDownLatch firstBatchGate;
        /** The size of the batch stopped at the gate, once it got there. */
        volatile int atTheGate;

        CountingHolds(int seats) {
            this.seatsLeft = seats;
        }

        @Override
        public synchronized List<Outcome> holdAll(long sessionId, List<HoldRequest> requests) {
            awaitGate(requests.size());
            batchSizes.add(requests.size());
            if (requests.stream().anyMatch(r -> r.buyerName().equals("spoiler")) && requests.size() > 1) {
                throw new EJBException("duplicate key");
            }
            if (requests.size() == 1 && requests.get(0).buyerName().equals("spoiler")) {
                throw new EJBException("duplicate key again");
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (HoldRequest request : requests) {
                if (request.quantity() <= seatsLeft) {
                    seatsLeft -= request.quantity();
                    outcomes.add(new Outcome(new HoldReceipt("REF-" + request.buyerName(), "t", BookingState.HELD,
                            Optional.empty(), Money.of(100, "EUR"), request.quantity()), null));
                } else {
                    outcomes.add(new Outcome(null, new SeatsUnavailableException(seatsLeft)));
                }
            }
            return outcomes;
        }

        private void awaitGate(int size) {
            CountDownLatch gate = firstBatchGate;
            if (gate != null) {
                firstBatchGate = null;
                atTheGate = size;
                try {
                    gate.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @Test
    void everyRacerGetsAnAnswerAndTheSeatsAreNeverOverGiven() throws Exception {
        CountingHolds holds = new CountingHolds(10);
        SeatHoldBatcher batcher = batcher(holds);
        CountDownLatch gate = new CountDownLatch(1);
        holds.firstBatchGate = gate;

        ExecutorService racers = Executors.newFixedThreadPool(40);
        List<Future<HoldReceipt>> answers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int racer = i;
            answers.add(racers.submit(() -> batcher.hold(request("racer" + racer, 1))));
        }
        // The first batch is held at the gate until every other racer queues up behind it.
        await().atMost(Duration.ofSeconds(10))
                .until(() -> holds.atTheGate > 0 && batcher.waitingFor(7L) == 40 - holds.atTheGate);
        gate.countDown();

        int granted = 0;
        int refused = 0;
        for (Future<HoldReceipt> answer : answers) {
            try {
                answer.get(10, TimeUnit.SECONDS);
                granted++;
            } catch (java.util.concurrent.ExecutionException e) {
                assertInstanceOf(SeatsUnavailableException.class, e.getCause());
                refused++;
            }
        }
        racers.shutdown();
        assertEquals(10, granted);
        assertEquals(30, refused);
        assertEquals(0, holds.seatsLeft);
        assertTrue(holds.batchSizes.stream().anyMatch(size -> size > 1), "requests were decided together: " + holds.batchSizes);
    }

    @Test
    void aRequestThatSpoilsItsBatchFailsAloneAndTheOthersAreStillDecided() throws Exception {
        CountingHolds holds = new CountingHolds(10);
        SeatHoldBatcher batcher = batcher(holds);
        CountDownLatch gate = new CountDownLatch(1);
        holds.firstBatchGate = gate;

        ExecutorService racers = Executors.newFixedThreadPool(6);
        Future<HoldReceipt> first = racers.submit(() -> batcher.hold(request("first", 1)));
        await().atMost(Duration.ofSeconds(10)).until(() -> holds.atTheGate == 1);
        List<Future<HoldReceipt>> queued = new ArrayList<>();
        for (String name : List.of("a", "spoiler", "b", "c")) {
            queued.add(racers.submit(() -> batcher.hold(request(name, 1))));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> batcher.waitingFor(7L) == 4);
        gate.countDown();

        assertEquals("REF-first", first.get(5, TimeUnit.SECONDS).reference());
        assertEquals("REF-a", queued.get(0).get(5, TimeUnit.SECONDS).reference());
        java.util.concurrent.ExecutionException spoiled = assertThrows(java.util.concurrent.ExecutionException.class,
                () -> queued.get(1).get(5, TimeUnit.SECONDS));
        assertInstanceOf(EJBException.class, spoiled.getCause());
        assertEquals("REF-b", queued.get(2).get(5, TimeUnit.SECONDS).reference());
        assertEquals("REF-c", queued.get(3).get(5, TimeUnit.SECONDS).reference());
        racers.shutdown();
        assertEquals(6, holds.seatsLeft);
    }

    private static SeatHoldBatcher batcher(SeatHolds holds) {
        SeatHoldBatcher batcher = new SeatHoldBatcher();
        batcher.holds = holds;
        return batcher;
    }

    private static HoldRequest request(String name, int quantity) {
        return new HoldRequest(7L, quantity, name, name + "@example.org", List.of(), "en", null);
    }
}
