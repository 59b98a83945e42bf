package se.folja.api.ibic;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A version of the term mappings with every term it maps.
 *
 * @param info the version and its change
 * @param terms by kind, then term
 * @since 1.0.0
 */
public record MappingVersion(MappingVersionInfo info, List<TermMapping> terms) {

    public MappingVersion {
        Objects.requireNonNull(info, "info");
        terms = List.copyOf(terms);
    }

    /** @return the mapping of the term, if this version has one */
    public Optional<TermMapping> find(TermKind kind, String term) {
        return terms.stream().filter(t -> t.kind() == kind && t.term().equals(term)).findFirst();
    }
}
