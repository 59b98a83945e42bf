/**
 * Who a client is, as Swedish registers identify people: personal identity numbers (<em>personnummer</em>)
 * and coordination numbers (<em>samordningsnummer</em>), validated and in one normalised form.
 *
 * @since 1.0.0
 */
@Export
@Version("1.1.0")
package se.folja.api.person;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
