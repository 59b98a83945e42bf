package se.folja.demo.internal;

import org.osgi.service.component.annotations.Component;

/**
 * The demo's static files under {@code /folja-demo/static/}, served by the HTTP Whiteboard from this bundle: the
 * demo catalogue's reason dropdown as a file, {@code reason-codes.json} (the same Jetty serving a file of the same
 * size, which the benchmarks measure {@code GET /reason-codes} against, see BENCHMARKS.md), and
 * {@code host-form.html} with its {@code host-form.js}, a journal system's plain form holding Följa's
 * {@code <folja-reason-picker>}; {@code native-select.html}, the same 13 reasons in a native {@code <select>},
 * the dropdown benchmark's baseline (BENCHMARKS.md).
 */
@Component(service = DemoStaticFiles.class, property = {
    "osgi.http.whiteboard.resource.pattern=/folja-demo/static/*",
    "osgi.http.whiteboard.resource.prefix=/static"})
public final class DemoStaticFiles {
}
