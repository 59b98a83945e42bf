package se.folja.api.followup;

import java.util.Set;

/**
 * Which enablements to list.
 *
 * @param units the units asked for; empty for every unit the caller reaches
 * @param template a template code, or null for every template
 * @param includeEnded true to include disabled enablements and those whose period has ended (administrators
 *     and statisticians only; staff always see only what is enabled now or later)
 * @since 1.1.0
 */
public record EnablementQuery(Set<String> units, String template, boolean includeEnded) {

    public EnablementQuery {
        units = units == null ? Set.of() : Set.copyOf(units);
    }
}
