package se.folja.rest.internal;

import javax.ws.rs.core.Application;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * The Följa REST application at {@code /folja/api/v1}. Resources and extensions join it with
 * {@code @JaxrsApplicationSelect("(osgi.jaxrs.name=folja)")}. A breaking change gets a new {@code v2}
 * application beside this one.
 */
@Component(service = Application.class)
@JaxrsApplicationBase(FoljaApplication.BASE)
@JaxrsName(FoljaApplication.NAME)
public final class FoljaApplication extends Application {
    static final String NAME = "folja";
    static final String BASE = "folja/api/v1";
    /** The filter that resources and extensions use to join this application. */
    static final String SELECT = "(osgi.jaxrs.name=" + NAME + ")";
}
