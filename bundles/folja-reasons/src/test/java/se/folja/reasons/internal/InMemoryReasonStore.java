package se.folja.reasons.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.folja.api.ConflictException;
import se.folja.api.NotFoundException;
import se.folja.api.reasons.ChangeKind;
import se.folja.api.reasons.ReasonChange;
import se.folja.api.reasons.ReasonCode;
import se.folja.store.spi.ReasonStore;

/** The store contract in memory: versions from 1, +1 per update, stale versions and duplicates refused. */
final class InMemoryReasonStore implements ReasonStore {

    private final Map<String, ReasonCode> reasons = new LinkedHashMap<>();
    private final Map<String, List<ReasonChange>> history = new LinkedHashMap<>();
    int writes;

    @Override
    public List<ReasonCode> findAll() {
        return reasons.values().stream()
                .sorted(Comparator.comparingInt(ReasonCode::sortOrder).thenComparing(ReasonCode::code)).toList();
    }

    @Override
    public Optional<ReasonCode> find(String code) {
        return Optional.ofNullable(reasons.get(code));
    }

    @Override
    public ReasonCode insert(ReasonCode reason, String changedBy, Instant changedAt) {
        if (reasons.containsKey(reason.code())) {
            throw new ConflictException("exists");
        }
        ReasonCode stored = new ReasonCode(reason.code(), reason.labelSv(), reason.labelEn(), reason.initiator(),
                reason.sortOrder(), reason.active(), 1, changedAt);
        reasons.put(stored.code(), stored);
        history.computeIfAbsent(stored.code(), c -> new ArrayList<>())
                .add(new ReasonChange(1, ChangeKind.CREATED, changedBy, changedAt, null, stored));
        writes++;
        return stored;
    }

    @Override
    public ReasonCode update(ReasonCode reason, long expectedVersion, ChangeKind kind, String changedBy,
            Instant changedAt) {
        ReasonCode current = reasons.get(reason.code());
        if (current == null) {
            throw new NotFoundException("reason code", reason.code());
        }
        if (current.version() != expectedVersion) {
            throw new ConflictException("stale");
        }
        ReasonCode stored = new ReasonCode(current.code(), reason.labelSv(), reason.labelEn(), current.initiator(),
                reason.sortOrder(), reason.active(), current.version() + 1, changedAt);
        reasons.put(stored.code(), stored);
        history.get(stored.code())
                .add(new ReasonChange(stored.version(), kind, changedBy, changedAt, current, stored));
        writes++;
        return stored;
    }

    @Override
    public List<ReasonChange> history(String code) {
        return List.copyOf(history.getOrDefault(code, List.of()));
    }
}
