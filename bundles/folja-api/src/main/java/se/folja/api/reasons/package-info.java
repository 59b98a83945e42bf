/**
 * The catalogue of reasons for a visit that did not happen (<em>orsaker till ej genomförda
 * insatser</em>): what staff choose from, and what administrators maintain.
 *
 * @since 1.0.0
 */
@Export
@Version("1.0.0")
package se.folja.api.reasons;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
