package se.folja.demo.internal;

import org.osgi.service.component.annotations.Component;

/**
 * The demo catalogue's reason dropdown as a static file, {@code /folja-demo/static/reason-codes.json}, served
 * by the HTTP Whiteboard from this bundle: the same Jetty serving a file of the same size, which the benchmarks
 * measure {@code GET /reason-codes} against (see BENCHMARKS.md). Nothing else is served from here.
 */
@Component(service = DemoStaticFiles.class, property = {
    "osgi.http.whiteboard.resource.pattern=/folja-demo/static/*",
    "osgi.http.whiteboard.resource.prefix=/static"})
public final class DemoStaticFiles {
}
