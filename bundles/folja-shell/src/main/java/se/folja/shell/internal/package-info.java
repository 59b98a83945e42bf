/**
 * Följa's Karaf shell commands; Karaf finds them through the {@code Karaf-Commands} header.
 */
@Header(name = "Karaf-Commands", value = "se.folja.shell.internal")
package se.folja.shell.internal;

import org.osgi.annotation.bundle.Header;
