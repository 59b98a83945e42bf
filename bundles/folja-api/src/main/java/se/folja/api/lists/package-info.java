/**
 * The lists administrators maintain beside the reason catalogue: intervention types (<em>insatstyper</em>)
 * and units (<em>enheter</em>). Every item has a stable code and Swedish and English labels; items are
 * retired, never deleted.
 *
 * @since 1.0.0
 */
@Export
@Version("1.1.0")
package se.folja.api.lists;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
