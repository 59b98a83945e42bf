package se.folja.ibic.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.folja.api.ibic.AreaKind;
import se.folja.api.ibic.IcfCode;
import se.folja.api.ibic.IcfComponent;
import se.folja.api.ibic.LifeArea;
import se.folja.api.ibic.LifeAreaSet;

/**
 * The versions of IBIC's life areas that ship in {@code life-areas.json}, read once and checked: codes and
 * prefixes unique, every prefix an ICF component letter or a valid code, and every ICF chapter covered.
 */
final class ShippedLifeAreas {

    static final String RESOURCE = "life-areas.json";

    private final Map<String, LifeAreaSet> versions;

    private ShippedLifeAreas(Map<String, LifeAreaSet> versions) {
        this.versions = versions;
    }

    /** @return the versions shipped with this bundle */
    static ShippedLifeAreas load() {
        try (InputStream in = ShippedLifeAreas.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the bundle");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " cannot be read", e);
        }
    }

    /**
     * @throws IllegalStateException if the data breaks a rule; the message names the version and area
     */
    static ShippedLifeAreas read(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        Map<String, LifeAreaSet> versions = new LinkedHashMap<>();
        for (JsonNode node : root.path("versions")) {
            LifeAreaSet set = set(node);
            if (versions.put(set.version(), set) != null) {
                throw new IllegalStateException("life areas version " + set.version() + " appears twice");
            }
        }
        if (versions.isEmpty()) {
            throw new IllegalStateException("no life areas version");
        }
        return new ShippedLifeAreas(versions);
    }

    private static LifeAreaSet set(JsonNode node) {
        String version = required(node, "version", "a version");
        List<LifeArea> areas = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        for (JsonNode a : node.path("areas")) {
            String code = required(a, "code", version);
            List<String> icf = new ArrayList<>();
            for (JsonNode prefix : a.path("icf")) {
                String p = prefix.asText();
                boolean letter = p.length() == 1 && IcfComponent.ofLetter(p.charAt(0)).isPresent();
                if (!letter && !IcfCode.isValid(p) || !p.equals(p.toLowerCase(java.util.Locale.ROOT))) {
                    throw new IllegalStateException(version + "/" + code + ": '" + p + "' is not an ICF prefix");
                }
                if (!prefixes.add(p)) {
                    throw new IllegalStateException(version + "/" + code + ": prefix " + p + " belongs to two areas");
                }
                icf.add(p);
            }
            AreaKind kind = AreaKind.valueOf(required(a, "kind", version + "/" + code));
            if (kind == AreaKind.IBIC_AREA != icf.isEmpty()) {
                throw new IllegalStateException(version + "/" + code + ": IBIC's own areas, and only they, have no ICF"
                        + " prefix");
            }
            if (!codes.add(code)) {
                throw new IllegalStateException(version + ": area " + code + " appears twice");
            }
            areas.add(new LifeArea(code, kind, required(a, "labelSv", code), required(a, "labelEn", code), icf));
        }
        LifeAreaSet set = new LifeAreaSet(version, required(node, "source", version), areas);
        for (IcfComponent component : IcfComponent.values()) {
            for (int chapter = 1; chapter <= component.chapters(); chapter++) {
                set.areaOf(IcfCode.parse(component.letter() + Integer.toString(chapter)));
            }
        }
        return set;
    }

    private static String required(JsonNode node, String field, String where) {
        String value = node.path(field).asText("");
        if (value.isBlank()) {
            throw new IllegalStateException(where + ": " + field + " is missing");
        }
        return value;
    }

    /** @return every version, oldest first */
    List<String> versions() {
        return List.copyOf(versions.keySet());
    }

    /** @return the version, or null */
    LifeAreaSet version(String version) {
        return versions.get(version);
    }

    /** @return the last version */
    LifeAreaSet current() {
        LifeAreaSet last = null;
        for (LifeAreaSet set : versions.values()) {
            last = set;
        }
        return last;
    }
}
