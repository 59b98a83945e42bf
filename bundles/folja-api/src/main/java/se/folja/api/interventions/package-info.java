/**
 * Intervention types (<em>insatstyper</em>), e.g. boendestöd: the administrator-maintained list that
 * registrations and grants refer to.
 *
 * @since 1.0.0
 */
@Export
@Version("1.0.0")
package se.folja.api.interventions;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
