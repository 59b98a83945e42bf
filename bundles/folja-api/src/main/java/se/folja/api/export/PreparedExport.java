package se.folja.api.export;

import java.io.IOException;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A record export that has been checked (parameters, access, pseudonym key) and is ready to stream: its metadata
 * is known, its rows are read only when it is written.
 *
 * @param <R> the rows
 * @since 1.0.0
 */
@ProviderType
public interface PreparedExport<R> {

    /** @return what the export is, before its first row */
    RecordExport export();

    /**
     * Reads the rows from the database and hands them to the sink without holding them; audits the export with
     * the number of rows written, also when the sink fails.
     *
     * @return the number of rows written
     * @throws IOException if the sink fails
     */
    long writeTo(RowSink<R> sink) throws IOException;
}
