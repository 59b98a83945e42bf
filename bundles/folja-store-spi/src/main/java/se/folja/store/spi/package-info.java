/**
 * The store's service provider interface: the ports that {@code folja-store} implements and the services call
 * (reasons and lists, registrations, grants, pending entries, write-backs, ICF codes, term mappings, assessments,
 * the export's record source and audit, follow-up templates and their enablements, enrolments, responses and
 * what the follow-up exports read). Services depend on these
 * interfaces only; entities and SQL never leave
 * the store bundle. The REST bundle does not depend on this package at all, so the compiler keeps it away from
 * the store. Versioned apart from the consumer API ({@code se.folja.api.*}): a change to a port moves this
 * package's version only.
 *
 * @since 1.0.0 (1.2.0: {@link FollowUpExportSource})
 */
@Export
@Version("1.2.0")
package se.folja.store.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
