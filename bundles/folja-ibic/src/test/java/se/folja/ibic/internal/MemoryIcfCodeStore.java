package se.folja.ibic.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import se.folja.api.ibic.IcfCodeEntry;
import se.folja.api.ibic.IcfCodeListInfo;
import se.folja.store.spi.IcfCodeStore;

/** The code-list port in memory, counting reads of the codes so that tests can see the cache at work. */
final class MemoryIcfCodeStore implements IcfCodeStore {

    private IcfCodeListInfo current;
    private List<IcfCodeEntry> codes = List.of();
    int reads;

    @Override
    public synchronized IcfCodeListInfo replace(String name, String version, List<IcfCodeEntry> codes,
            String loadedBy, Instant loadedAt) {
        long id = current == null ? 1 : current.id() + 1;
        current = new IcfCodeListInfo(id, name, version, codes.size(), loadedBy, loadedAt);
        List<IcfCodeEntry> sorted = new ArrayList<>(codes);
        sorted.sort(Comparator.comparing(IcfCodeEntry::code));
        this.codes = List.copyOf(sorted);
        return current;
    }

    @Override
    public synchronized Optional<IcfCodeListInfo> current() {
        return Optional.ofNullable(current);
    }

    @Override
    public synchronized List<IcfCodeEntry> codes() {
        reads++;
        return codes;
    }
}
