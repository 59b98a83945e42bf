package se.folja.store.internal;

/**
 * Registered by {@link SchemaMigration} once the database schema is current; every store component references it
 * so that it starts only after the migration. It carries nothing: its presence is the fact.
 */
public final class CurrentSchema {

    CurrentSchema() {
    }
}
