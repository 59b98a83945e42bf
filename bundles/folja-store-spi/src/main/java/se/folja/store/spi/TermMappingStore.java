package se.folja.store.spi;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import se.folja.api.ConflictException;
import se.folja.api.ibic.MappingVersion;
import se.folja.api.ibic.MappingVersionInfo;
import se.folja.api.ibic.TermMapping;

/**
 * Persistence of the term-mapping versions: each version is stored whole and never changed.
 *
 * @since 1.0.0
 */
@ProviderType
public interface TermMappingStore {

    /** @return the latest version, if any */
    Optional<MappingVersion> current();

    /** @return the version, if any */
    Optional<MappingVersion> find(long version);

    /** @return every version's summary, newest first */
    List<MappingVersionInfo> versions();

    /**
     * Stores a new version; {@code info.version()} must be one more than the latest (1 for the first).
     *
     * @throws ConflictException if that version exists already: another change came first
     */
    MappingVersion append(MappingVersionInfo info, List<TermMapping> terms);
}
