package se.folja.store.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.TypedQuery;

import se.folja.api.UnitScope;

/** The where clause of a search, built condition by condition, and its named parameters. */
public final class JpqlFilter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds a condition without parameters. */
    public JpqlFilter add(String condition) {
        conditions.add(condition);
        return this;
    }

    /** Adds a condition with one named parameter, e.g. {@code add("n.unit in :units", "units", list)}. */
    public JpqlFilter add(String condition, String name, Object value) {
        conditions.add(condition);
        parameters.put(name, value);
        return this;
    }

    /** Restricts {@code column} to the scope's units; adds nothing for every unit. */
    public JpqlFilter units(String column, UnitScope scope) {
        List<String> codes = Scopes.codes(scope);
        return codes.isEmpty() ? this : add(column + " in :units", "units", codes);
    }

    /** @return {@code " where a and b"}, or nothing if there are no conditions */
    public String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
