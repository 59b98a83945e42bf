package se.folja.followup.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * The follow-up templates this bundle ships (*inbyggda mallar*), each the file {@code templates/<code>.json} of the
 * bundle. {@link #CODES} is the one list of them: {@link DefaultFollowUpTemplates} stores these at activation, and
 * a test checks that the folder holds exactly these files.
 */
final class BuiltInTemplates {

    /**
     * The codes of the built-in templates, in the order they are stored: Kalmar's follow-up of cancelled
     * boendestöd, äldreomsorg's social samvaro, Trosa's substance-abuse follow-up and ORS as repeated measures.
     */
    static final List<String> CODES = List.of("KALMAR_BOENDESTOD", "ALDREOMSORG_SOCIAL_SAMVARO", "TROSA_MISSBRUK",
            "ORS");

    /** The folder of the bundle that holds them. */
    static final String FOLDER = "templates/";

    private BuiltInTemplates() {
    }

    /**
     * A shipped document, read on demand.
     *
     * @param code the template's code, as its file is named
     * @param document reads the document's bytes; may fail with an {@link UncheckedIOException}
     */
    record Shipped(String code, Document document) {

        Shipped {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(document, "document");
        }
    }

    /** Reads a shipped document's bytes. */
    @FunctionalInterface
    interface Document {
        byte[] read();
    }

    /** @return every built-in template, read from this bundle's class path */
    static List<Shipped> shipped() {
        return CODES.stream().map(code -> new Shipped(code, () -> resource(code))).toList();
    }

    private static byte[] resource(String code) {
        String name = FOLDER + code + ".json";
        try (InputStream in = BuiltInTemplates.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("the bundle holds no " + name));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
