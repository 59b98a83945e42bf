package se.folja.itests;

import java.util.List;

/** The names, units and synthetic clients the area tests share (the container's users are in {@link FoljaKaraf}). */
final class TestData {

    static final String JSON_TYPE = "application/json";
    static final String CSV_TYPE = "text/csv";

    /** Units the tests make, and a staff member of each (password = name). */
    static final String NORTH = "IT_NORTH";
    static final String SOUTH = "IT_SOUTH";
    /** A unit the north staff's roles name but no administrator has made. */
    static final String GHOST = "IT_GHOST";
    static final String NORTH_STAFF = "it-north";
    static final String SOUTH_STAFF = "it-south";
    /**
     * The follow-up tests' unit and a staff member of it: enrolments and their grants stay out of the demo's units,
     * whose figures other tests count (a grant valid in September-October 2026 would change them).
     */
    static final String FOLLOW_UP = "IT_FOLLOWUP";
    static final String FOLLOW_UP_STAFF = "it-followup";

    /** A unit whose code looks like real ones (a hyphen), and a staff member of it. */
    static final String HYPHENATED = "BS-1";
    static final String HYPHENATED_STAFF = "it-bs";

    /** The one other origin whose pages may call the API with the session cookie (se.folja.security allowedOrigins). */
    static final String ALLOWED_ORIGIN = "http://journal.example.test";

    /** Kalmar's reasons, in Kalmar's order, as the catalogue ships them. */
    static final List<String> KALMAR = List.of("PERSONALBRIST", "PAVERKAN_OMVARLD", "NY_OKAND_PERSONAL", "MAENDE",
            "VILL_EJ_UPPGE", "ANNAN_SOCIAL_AKTIVITET", "ARBETE_STUDIER", "ANNAN_FORMELL_AKTIVITET", "SER_INTE_BEHOV",
            "FEL_TID", "BORTREST", "VILL_INTE_HA_PERSONAL", "COVID19");

    /** Synthetic, Luhn-valid numbers: a woman born 1995, a man born 1996, a samordningsnummer (born 1997-08-12). */
    static final String WOMAN = "19950315-9825";
    static final String MAN = "960704-9914";
    static final String COORDINATION = "199708729752";
    /** Clients no other test registers: the first registrations of a new client race to create it. */
    static final List<String> NEWCOMERS = List.of("198804129818", "198702199822", "198609019834");
    static final List<String> ALL_DIGITS = List.of("199503159825", "199607049914", "199708729752",
            NEWCOMERS.get(0), NEWCOMERS.get(1), NEWCOMERS.get(2));

    /** Synthetic, Luhn-valid clients of the assessment tests, known to Följa through a grant in IT_NORTH. */
    static final String ASSESSED = "19890412-9817";
    static final String UNKNOWN_CLIENT = "19870101-9831";

    /** The demo municipality's five units and the two months of its follow-up. */
    static final List<String> DEMO_UNIT_CODES = List.of("BOSTOD_NORR", "BOSTOD_SODER", "BOSTOD_CENTRUM",
            "BOSTOD_VAST", "BOSTOD_OST");
    static final String DEMO_UNITS = "unit=BOSTOD_NORR,BOSTOD_SODER,BOSTOD_CENTRUM,BOSTOD_VAST,BOSTOD_OST";
    static final String PERIOD = "from=2026-09-01&to=2026-10-31&" + DEMO_UNITS;

    private TestData() {
    }
}
