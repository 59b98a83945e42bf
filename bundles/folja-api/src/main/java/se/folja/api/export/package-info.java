/**
 * Statistics exports: aggregates and pseudonymised records, safe to hand out — small cells suppressed, clients only
 * as keyed pseudonyms, every export audited.
 *
 * @since 1.0.0 (1.1.0: one rule for small counts; 1.2.0: the results of follow-ups, {@link FollowUpExports})
 */
@Export
@Version("1.2.0")
package se.folja.api.export;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
