/**
 * Non-deliveries (<em>ej genomförda insatser</em>): planned visits that did not happen, each registered with
 * a reason from the catalogue against the host journal's entry; grants (<em>beviljade insatser</em>), the
 * denominator of every rate; the week view; journal entries awaiting a reason; and the write-back of the
 * chosen reason to the journal.
 *
 * @since 1.0.0
 */
@Export
@Version("2.0.0")
package se.folja.api.nondelivery;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
