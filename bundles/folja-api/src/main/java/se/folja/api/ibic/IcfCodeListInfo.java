package se.folja.api.ibic;

import java.time.Instant;
import java.util.Objects;

/**
 * A loaded ICF code list: what it was, how many codes, and who loaded it when.
 *
 * @param id Följa's number of the load, growing with every load
 * @param name the list's name as the file gives it (FHIR {@code name}/{@code title}, or the load's {@code name})
 * @param version the list's version as the file gives it, or null
 * @param codes number of codes
 * @param loadedBy login name of who loaded it
 * @param loadedAt when
 * @since 1.0.0
 */
public record IcfCodeListInfo(long id, String name, String version, int codes, String loadedBy, Instant loadedAt) {

    public IcfCodeListInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(loadedBy, "loadedBy");
        Objects.requireNonNull(loadedAt, "loadedAt");
    }
}
