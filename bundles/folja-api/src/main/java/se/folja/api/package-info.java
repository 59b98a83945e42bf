/**
 * Types shared by every Följa service: the acting user and the exceptions that services throw for a
 * caller's mistake (validation, unknown item, conflicting edit).
 *
 * @since 1.0.0
 */
@Export
@Version("2.0.0")
package se.folja.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
