package se.folja.api.export;

import java.io.IOException;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Where a record export writes its rows, one by one, as they are read from the database.
 *
 * @param <R> the rows
 * @since 1.0.0
 */
@ConsumerType
@FunctionalInterface
public interface RowSink<R> {

    /** Called once per row, in order. */
    void row(R row) throws IOException;
}
