/**
 * How a host journal system (<em>verksamhetssystem</em>) plugs into Följa.
 *
 * <ol>
 *   <li>When a user makes a journal entry under the heading "Ej genomförda insatser", the host posts an OSGi
 *       EventAdmin event on {@link JournalEvents#ENTRY_CREATED} with the properties {@link JournalEvents}
 *       names. Följa records the entry as awaiting a reason, and staff of the unit see it in their list.</li>
 *   <li>When staff register the reason, Följa calls the host's {@link JournalGateway} service to put the
 *       reason on the entry as a searchable keyword (and to take it off if the registration is annulled).
 *       Calls come from an outbox, after the registration is stored, and are retried while the host is
 *       unavailable.</li>
 * </ol>
 *
 * @since 1.0.0
 */
@Export
@Version("1.0.0")
package se.folja.journal.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
