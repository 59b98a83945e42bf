package se.folja.api.ibic;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import se.folja.api.Actor;
import se.folja.api.ConflictException;
import se.folja.api.NotFoundException;
import se.folja.api.ValidationException;

/**
 * Local terms (intervention types, local need labels) mapped to ICF codes or life areas, in versions: every change
 * makes a new version, and every version can be read back.
 *
 * @since 1.0.0
 */
@ProviderType
public interface TermMappings {

    /** The source of changes made through the REST API. */
    String REST = "rest";

    /** @return the current version with its terms; version 0 with none before the first change */
    MappingVersion current();

    /**
     * @return the version with the terms it mapped
     * @throws NotFoundException if there is no such version
     */
    MappingVersion version(long version);

    /** @return every version's summary, newest first */
    List<MappingVersionInfo> versions();

    /**
     * Maps a term to an ICF code or, exactly one of the two, a life area. A change makes a new version; mapping a
     * term to what it already maps to changes nothing and returns the current version.
     *
     * @param expectedVersion the version the change was based on, or null to change whatever is current
     * @param source {@link #REST} or {@code config:<pid>}
     * @throws ValidationException naming {@code term}, {@code icf} or {@code lifeArea}
     * @throws ConflictException if the current version is not {@code expectedVersion}, or another change won
     */
    MappingVersion put(TermKind kind, String term, String icf, String lifeArea, Long expectedVersion, String source,
            Actor actor);

    /**
     * Removes a term's mapping, making a new version.
     *
     * @throws NotFoundException if the current version does not map the term
     * @throws ConflictException as for {@link #put}
     */
    MappingVersion remove(TermKind kind, String term, Long expectedVersion, Actor actor);

    /**
     * Removes every term a source mapped (a Config Admin configuration that was deleted), making a new version if
     * there was any.
     */
    void removeSource(String source, Actor actor);

    /** @return the term's mapping in the current version, if any */
    Optional<TermMapping> resolve(TermKind kind, String term);
}
