package org.atelier.application.demo;

import java.util.List;

/**
 * The demo workspace a newcomer sees on first start: a dozen workshops in several categories,
 * described in English and Dutch, priced in euro cents. {@code seatsTaken} per upcoming session
 * makes some nearly full, one full and most open (and tells how popular the workshop was in the
 * past year); a price of 0 makes a workshop free.
 */
final class DemoCatalogue {

    record DemoWorkshop(String slug, String title, String titleNl, String category, String host,
                        String description, String descriptionNl,
                        int minutes, long priceCents, int maxPerBooking, int capacity, String location,
                        int firstDay, int hour, int[] seatsTaken) {
    }

    static final List<DemoWorkshop> WORKSHOPS = List.of(
            new DemoWorkshop("wheel-throwing-basics", "Wheel throwing basics", "Draaien op de schijf: de basis",
                    "ceramics", "Noor de Vries",
                    "Centre the clay, open it up and pull your first cylinders on the wheel. Aprons and clay included.",
                    "Centreer de klei, open hem en trek je eerste cilinders op de draaischijf. Schort en klei inbegrepen.",
                    180, 6500, 4, 8, "Clay studio", 2, 10, new int[]{7, 3, 0}),
            new DemoWorkshop("hand-built-vessels", "Hand-built vessels", "Handgevormde potten",
                    "ceramics", "Noor de Vries",
                    "Pinch, coil and slab: three ways to build a vessel without a wheel.",
                    "Knijpen, rollen en plakken: drie manieren om een pot te bouwen zonder draaischijf.",
                    150, 4500, 4, 10, "Clay studio", 5, 14, new int[]{2, 0}),
            new DemoWorkshop("linocut-printing", "Linocut printing", "Linosnede drukken",
                    "printmaking", "Sem Bakker",
                    "Carve a lino block and print a small edition on the etching press.",
                    "Snijd een linoblok en druk een kleine oplage op de etspers.",
                    180, 5500, 4, 12, "Print room", 3, 13, new int[]{12, 4, 1}),
            new DemoWorkshop("risograph-zines", "Risograph zines", "Zines op de risograaf",
                    "printmaking", "Sem Bakker",
                    "Design a two-colour zine and print it on our risograph.",
                    "Ontwerp een zine in twee kleuren en druk hem op onze risograaf.",
                    240, 6000, 3, 10, "Print room", 9, 11, new int[]{9, 2}),
            new DemoWorkshop("watercolour-landscapes", "Watercolour landscapes", "Landschappen in aquarel",
                    "painting", "Lotte Jansen",
                    "Washes, wet-in-wet and dry brush, painted from the canal outside the studio.",
                    "Wassingen, nat-in-nat en droge kwast, geschilderd aan de gracht voor het atelier.",
                    150, 4000, 4, 12, "Painting studio", 1, 19, new int[]{5, 1, 0, 0}),
            new DemoWorkshop("community-mural", "Community mural", "Muurschildering met de buurt",
                    "painting", "Lotte Jansen",
                    "Design and paint a wall together: made for teams, classes and groups of friends.",
                    "Samen een muur ontwerpen en schilderen: gemaakt voor teams, klassen en vriendengroepen.",
                    180, 5000, 12, 30, "Courtyard wall", 7, 13, new int[]{4, 0}),
            new DemoWorkshop("oil-painting-still-life", "Oil painting: still life", "Olieverf: stilleven",
                    "painting", "Lotte Jansen",
                    "Build a still life in layers, from underpainting to glazes.",
                    "Bouw een stilleven op in lagen, van onderschildering tot glacis.",
                    240, 8500, 2, 8, "Painting studio", 6, 10, new int[]{6, 0}),
            new DemoWorkshop("open-life-drawing", "Open life drawing", "Open modeltekenen",
                    "drawing", "Daan Visser",
                    "Untutored session with a model: short poses first, then two long ones. Bring your own paper.",
                    "Sessie zonder les met een model: eerst korte standen, dan twee lange. Neem je eigen papier mee.",
                    120, 0, 2, 20, "Drawing hall", 2, 19, new int[]{11, 4, 0}),
            new DemoWorkshop("sketchbook-club", "Sketchbook club", "Schetsboekclub", "drawing", "Daan Visser",
                    "A relaxed evening of drawing together. Free for everyone, materials provided.",
                    "Een ontspannen avond samen tekenen. Gratis voor iedereen, materiaal aanwezig.",
                    120, 0, 4, 16, "Café corner", 4, 18, new int[]{3, 0}),
            new DemoWorkshop("natural-dyeing", "Natural dyeing", "Natuurlijk verven", "textiles", "Fleur Smit",
                    "Dye wool and silk with madder, weld and indigo grown in our garden.",
                    "Verf wol en zijde met meekrap, wouw en indigo uit onze eigen tuin.",
                    240, 7500, 3, 8, "Textile lab", 8, 10, new int[]{8}),
            new DemoWorkshop("weaving-on-a-frame-loom", "Weaving on a frame loom", "Weven op een raamweefgetouw",
                    "textiles", "Fleur Smit",
                    "Warp a small loom and weave a wall hanging you take home.",
                    "Schering een klein weefgetouw en weef een wandkleed om mee naar huis te nemen.",
                    180, 5000, 4, 10, "Textile lab", 12, 13, new int[]{1, 0}),
            new DemoWorkshop("darkroom-printing", "Darkroom printing", "Afdrukken in de donkere kamer",
                    "photography", "Milan de Boer",
                    "Make silver gelatin prints from your own negatives in the darkroom.",
                    "Maak zilvergelatine-afdrukken van je eigen negatieven in de donkere kamer.",
                    180, 7000, 2, 6, "Darkroom", 3, 14, new int[]{5, 2}),
            new DemoWorkshop("cyanotype-afternoon", "Cyanotype afternoon", "Cyanotypiemiddag",
                    "photography", "Milan de Boer",
                    "Sun prints in Prussian blue with plants, negatives and found objects.",
                    "Zonnedrukken in Pruisisch blauw met planten, negatieven en gevonden voorwerpen.",
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
