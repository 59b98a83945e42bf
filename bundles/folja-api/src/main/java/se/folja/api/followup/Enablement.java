package se.folja.api.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A template version enabled for a unit for a period: staff of the unit answer it for the unit's clients.
 * At most one version of a template is enabled for a unit on any day.
 *
 * @param id Följa's number of the enablement
 * @param templateCode the template's code
 * @param templateVersion the version enabled
 * @param unit the unit's code
 * @param from the first day, never null
 * @param to the last day, or null for open-ended
 * @param status enabled or disabled
 * @param source how it was last changed
 * @param configuration the persistent identity (PID) of the configuration it follows if {@code source} is
 *     {@link EnablementSource#CONFIGURATION}, else null
 * @param revision 1 when created, growing by one with every change
 * @param changedBy login name of who changed it last
 * @param changedAt when
 * @since 1.1.0
 */
public record Enablement(long id, String templateCode, int templateVersion, String unit, LocalDate from,
        LocalDate to, EnablementStatus status, EnablementSource source, String configuration, long revision,
        String changedBy, Instant changedAt) {

    public Enablement {
        Objects.requireNonNull(templateCode, "templateCode");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(changedAt, "changedAt");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("to is before from");
        }
    }

    /** @return whether the enablement is in force on {@code day}: enabled, and the day within its period */
    public boolean inForceOn(LocalDate day) {
        return status == EnablementStatus.ENABLED && !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    /** @return whether it is enabled and its period has not ended before {@code day} (in force now or later) */
    public boolean currentOrComing(LocalDate day) {
        return status == EnablementStatus.ENABLED && (to == null || !day.isAfter(to));
    }
}
