package org.atelier.application;

import java.util.List;

/**
 * The demo workspace a newcomer sees on first start: a dozen workshops in several categories,
 * priced in euro cents. {@code seatsTaken} per session makes some nearly full, one full and most
 * open; a price of 0 makes a workshop free.
 */
final class DemoCatalogue {

    record DemoWorkshop(String slug, String title, String category, String host, String description,
                        int minutes, long priceCents, int maxPerBooking, int capacity, String location,
                        int firstDay, int hour, int[] seatsTaken) {
    }

    static final List<DemoWorkshop> WORKSHOPS = List.of(
            new DemoWorkshop("wheel-throwing-basics", "Wheel throwing basics", "ceramics", "Noor de Vries",
                    "Centre the clay, open it up and pull your first cylinders on the wheel. Aprons and clay included.",
                    180, 6500, 4, 8, "Clay studio", 2, 10, new int[]{7, 3, 0}),
            new DemoWorkshop("hand-built-vessels", "Hand-built vessels", "ceramics", "Noor de Vries",
                    "Pinch, coil and slab: three ways to build a vessel without a wheel.",
                    150, 4500, 4, 10, "Clay studio", 5, 14, new int[]{2, 0}),
            new DemoWorkshop("linocut-printing", "Linocut printing", "printmaking", "Sem Bakker",
                    "Carve a lino block and print a small edition on the etching press.",
                    180, 5500, 4, 12, "Print room", 3, 13, new int[]{12, 4, 1}),
            new DemoWorkshop("risograph-zines", "Risograph zines", "printmaking", "Sem Bakker",
                    "Design a two-colour zine and print it on our risograph.",
                    240, 6000, 3, 10, "Print room", 9, 11, new int[]{9, 2}),
            new DemoWorkshop("watercolour-landscapes", "Watercolour landscapes", "painting", "Lotte Jansen",
                    "Washes, wet-in-wet and dry brush, painted from the canal outside the studio.",
                    150, 4000, 4, 12, "Painting studio", 1, 19, new int[]{5, 1, 0, 0}),
            new DemoWorkshop("community-mural", "Community mural", "painting", "Lotte Jansen",
                    "Design and paint a wall together: made for teams, classes and groups of friends.",
                    180, 5000, 12, 30, "Courtyard wall", 7, 13, new int[]{4, 0}),
            new DemoWorkshop("oil-painting-still-life", "Oil painting: still life", "painting", "Lotte Jansen",
                    "Build a still life in layers, from underpainting to glazes.",
                    240, 8500, 2, 8, "Painting studio", 6, 10, new int[]{6, 0}),
            new DemoWorkshop("open-life-drawing", "Open life drawing", "drawing", "Daan Visser",
                    "Untutored session with a model: short poses first, then two long ones. Bring your own paper.",
                    120, 0, 2, 20, "Drawing hall", 2, 19, new int[]{11, 4, 0}),
            new DemoWorkshop("sketchbook-club", "Sketchbook club", "drawing", "Daan Visser",
                    "A relaxed evening of drawing together. Free for everyone, materials provided.",
                    120, 0, 4, 16, "Café corner", 4, 18, new int[]{3, 0}),
            new DemoWorkshop("natural-dyeing", "Natural dyeing", "textiles", "Fleur Smit",
                    "Dye wool and silk with madder, weld and indigo grown in our garden.",
                    240, 7500, 3, 8, "Textile lab", 8, 10, new int[]{8}),
            new DemoWorkshop("weaving-on-a-frame-loom", "Weaving on a frame loom", "textiles", "Fleur Smit",
                    "Warp a small loom and weave a wall hanging you take home.",
                    180, 5000, 4, 10, "Textile lab", 12, 13, new int[]{1, 0}),
            new DemoWorkshop("darkroom-printing", "Darkroom printing", "photography", "Milan de Boer",
                    "Make silver gelatin prints from your own negatives in the darkroom.",
                    180, 7000, 2, 6, "Darkroom", 3, 14, new int[]{5, 2}),
            new DemoWorkshop("cyanotype-afternoon", "Cyanotype afternoon", "photography", "Milan de Boer",
                    "Sun prints in Prussian blue with plants, negatives and found objects.",
                    120, 3500, 4, 12, "Courtyard", 10, 14, new int[]{0, 0}));

    /** The group workshop's slug: the demo's group prices are for it. */
    static final String GROUP_WORKSHOP = "community-mural";

    record DemoPerson(String email, String name, String password, String role) {
    }

    /** Demo sign-ins, listed in README; only ever loaded with the demo data. */
    static final List<DemoPerson> PEOPLE = List.of(
            new DemoPerson("admin@atelier.example", "Anna Admin", "demo-admin-2026", "ADMIN"),
            new DemoPerson("resident@atelier.example", "Rosa Resident", "demo-resident-2026", "RESIDENT_ARTIST"),
            new DemoPerson("host@atelier.example", "Hugo Host", "demo-host-2026", "HOST"),
            new DemoPerson("visitor@atelier.example", "Vera Visitor", "demo-visitor-2026", null));

    private DemoCatalogue() {
    }
}
