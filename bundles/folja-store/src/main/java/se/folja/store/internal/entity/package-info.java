/**
 * JPA entities. Private to the store bundle: they are turned into API records before they leave it.
 */
@Header(name = "Meta-Persistence", value = "META-INF/persistence.xml")
package se.folja.store.internal.entity;

import org.osgi.annotation.bundle.Header;
