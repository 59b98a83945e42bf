package se.folja.rest.internal.ibic;

import java.time.Instant;
import java.util.List;

import se.folja.api.ibic.MappingVersion;
import se.folja.api.ibic.MappingVersionInfo;
import se.folja.api.ibic.TermMapping;

/**
 * A version of the term mappings; {@code terms} absent in a list of versions, {@code changedBy} (a login name) given
 * to administrators only, as everywhere else in Följa's catalogues and templates.
 */
public record MappingVersionJson(long version, String lifeAreasVersion, String change, String term,
        String changedBy, Instant changedAt, int termCount, List<TermJson> terms) {

    /** A term's mapping: to an ICF code (with its area), or directly to a life area. */
    public record TermJson(String kind, String term, String icf, String lifeArea, String source) {
        static TermJson of(TermMapping t) {
            return new TermJson(t.kind().name(), t.term(), t.icf(), t.lifeArea(), t.source());
        }
    }

    /** @param showWho whether the caller may read who changed it (an administrator) */
    static MappingVersionJson of(MappingVersionInfo i, List<TermJson> terms, boolean showWho) {
        return new MappingVersionJson(i.version(), i.lifeAreasVersion(), i.change(), i.term(),
                showWho ? i.changedBy() : null, i.changedAt(), i.terms(), terms);
    }

    /** @param showWho whether the caller may read who changed it (an administrator) */
    static MappingVersionJson of(MappingVersion v, boolean showWho) {
        return of(v.info(), v.terms().stream().map(TermJson::of).toList(), showWho);
    }
}
