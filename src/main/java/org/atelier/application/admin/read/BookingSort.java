package org.atelier.application.admin.read;

/** The orders the bookings table offers, each backed by an index or a small result. */
public enum BookingSort {
    NEWEST("b.created_at desc, b.id desc"),
    OLDEST("b.created_at, b.id"),
    SESSION("s.starts_at desc, b.id desc"),
    TOTAL("b.total_amount desc, b.id desc"),
    BUYER("lower(b.buyer_name), b.id");

    private final String orderBy;

    BookingSort(String orderBy) {
        this.orderBy = orderBy;
    }

    /** A fixed SQL fragment: sorting never takes text from the request. */
    public String orderBy() {
        return orderBy;
    }
}
