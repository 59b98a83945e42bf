package se.folja.api.nondelivery;

import java.io.InputStream;

import org.osgi.annotation.versioning.ProviderType;

import se.folja.api.Actor;
import se.folja.api.ForbiddenException;
import se.folja.api.ValidationException;

/**
 * The import of historical registrations (<em>historik</em>), e.g. a municipality's months of Excel: each row is
 * validated as a registration is, and stored in a transaction of its own, marked imported and never written back
 * to the journal. Importing the same rows again stores nothing new.
 *
 * @since 1.1.0
 */
@ProviderType
public interface RegistrationImport {

    /** The most rows one import takes. */
    int MOST_ROWS = 10_000;

    /**
     * Imports the rows of {@code content}. A row's unit must be one the user belongs to (every unit for an
     * administrator); a row of another unit is refused like any invalid row. A row without a journal entry id is
     * known by its client, unit, intervention type and planned start: the same visit cannot be cancelled twice.
     *
     * @return the outcome of every row
     * @throws ValidationException naming {@code content} if the file cannot be read as {@code format} at all (no
     *     header, an unknown or missing column, more than {@link #MOST_ROWS} rows, not text); nothing is stored
     * @throws ForbiddenException if the user may not import (not staff of any unit, nor an administrator)
     */
    ImportReport importRegistrations(ImportFormat format, InputStream content, Actor actor);
}
