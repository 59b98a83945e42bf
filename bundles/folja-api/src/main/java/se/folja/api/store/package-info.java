/**
 * Ports that the store bundle implements. Services depend on these interfaces only; entities and SQL
 * never leave the store bundle.
 *
 * @since 1.0.0
 */
@Export
@Version("1.2.0")
package se.folja.api.store;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
