package se.folja.rest.internal;

import java.util.Dictionary;
import java.util.Hashtable;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;

/**
 * Gives the CXF bus of Följa's JAX-RS application a class loader: Aries JAX-RS Whiteboard hands every service
 * registered with {@code cxf.extension=true} (and selecting the application) to the application's bus as an
 * extension of its object class. Without a {@link ClassLoader} extension CXF asks the bus's resource manager for
 * one on every request, which in OSGi searches the bundle's wiring for the resource {@code ""} and, not finding
 * it, builds an exception — an eighth of the CPU of a dropdown request. With it, CXF makes this bundle's class
 * loader the context class loader while a request is served.
 */
@Component(immediate = true)
public final class BusClassLoader {

    private final ServiceRegistration<ClassLoader> registration;

    @Activate
    public BusClassLoader(BundleContext context) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("cxf.extension", Boolean.TRUE);
        properties.put(JaxrsWhiteboardConstants.JAX_RS_APPLICATION_SELECT, FoljaApplication.SELECT);
        registration = context.registerService(ClassLoader.class, BusClassLoader.class.getClassLoader(), properties);
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
    }
}
