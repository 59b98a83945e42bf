package se.folja.store.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import se.folja.api.ibic.IcfCodeEntry;
import se.folja.api.ibic.IcfCodeListInfo;

/**
 * Persistence of the municipality's ICF code list: the codes of the latest load, and a row per load.
 *
 * @since 1.0.0
 */
@ProviderType
public interface IcfCodeStore {

    /**
     * Replaces every code with {@code codes} and records the load, in one transaction.
     *
     * @param codes distinct, normalised codes
     * @return the recorded load
     */
    IcfCodeListInfo replace(String name, String version, List<IcfCodeEntry> codes, String loadedBy, Instant loadedAt);

    /** @return the latest load, if any */
    Optional<IcfCodeListInfo> current();

    /** @return every code of the latest load, by code */
    List<IcfCodeEntry> codes();
}
