package se.folja.rest.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletOutputStream;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;

import org.osgi.service.component.annotations.Component;

/**
 * Answers 503 with {@code Retry-After}, as {@link NotReadyServlet} does, while the JAX-RS Whiteboard builds or
 * rebuilds {@link FoljaApplication} inside the application's own servlet context. The whiteboard registers CXF's
 * servlet before CXF's endpoint is wired, and tears the endpoint down before the servlet: in between, CXF
 * answers {@code 404 text/html} "No service was found" (logging "Can't find the request for …'s Observer") or
 * fails with a {@code NullPointerException} (no incoming observer). Följa itself never answers {@code text/html}
 * and its exception mapper catches every exception, so either in this context means the endpoint is not wired:
 * the client is told to retry instead.
 */
@Component(service = Filter.class, property = {
    "osgi.http.whiteboard.filter.pattern=/*",
    "osgi.http.whiteboard.filter.name=folja-not-ready",
    // the servlet context the Aries JAX-RS Whiteboard makes for the application named folja
    "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=context.for" + FoljaApplication.NAME + ")"})
public final class NotReadyFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        NotWiredWatch watch = new NotWiredWatch(http);
        try {
            chain.doFilter(request, watch);
        } catch (NullPointerException e) {
            if (http.isCommitted() || !thrownByCxfTransport(e)) {
                throw e;
            }
            watch.notWired = true;
        }
        if (watch.notWired && !http.isCommitted()) {
            http.reset();
            NotReadyServlet.answer(http);
        }
    }

    /** The NPE of an endpoint without its observer: thrown in CXF's HTTP transport. */
    static boolean thrownByCxfTransport(Throwable e) {
        StackTraceElement[] frames = e.getStackTrace();
        return frames.length > 0 && frames[0].getClassName().startsWith("org.apache.cxf.transport.");
    }

    /**
     * Passes everything through, except CXF's "No service was found" page: a 404 declared as {@code text/html},
     * whose body is then discarded.
     */
    static final class NotWiredWatch extends HttpServletResponseWrapper {
        private int status = SC_OK;
        boolean notWired;

        NotWiredWatch(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void setContentType(String type) {
            if (status == SC_NOT_FOUND && type != null && type.startsWith("text/html")) {
                notWired = true;
                return;
            }
            super.setContentType(type);
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            return notWired ? new PrintWriter(Writer.nullWriter()) : super.getWriter();
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (!notWired) {
                return super.getOutputStream();
            }
            return new ServletOutputStream() {
                private final OutputStream discard = OutputStream.nullOutputStream();

                @Override
                public void write(int b) throws IOException {
                    discard.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    // nothing is written asynchronously here
                }
            };
        }
    }
}
