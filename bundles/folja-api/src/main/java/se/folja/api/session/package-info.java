/**
 * People logged in with a browser on Följa's login page: the session their cookie names, for the bundles that
 * serve Följa's pages and check a page's role before they send it. API clients do not use sessions: they send
 * HTTP Basic credentials with every request.
 *
 * @since 1.0.0
 */
@Export
@Version("1.0.0")
package se.folja.api.session;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
