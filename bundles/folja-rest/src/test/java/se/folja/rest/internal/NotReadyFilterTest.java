package se.folja.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import javax.servlet.FilterChain;
import javax.servlet.ServletOutputStream;
import javax.servlet.ServletRequest;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;

import se.folja.rest.internal.problem.Problems;

/** CXF's answers while the application is being wired become 503s; Följa's own answers pass untouched. */
class NotReadyFilterTest {

    /** A response that records what reaches it. */
    private static final class Recorded {
        int status = 200;
        String contentType;
        final Map<String, String> headers = new HashMap<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();

        HttpServletResponse proxy() {
            ServletOutputStream out = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                }
            };
            return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (p, method, args) -> switch (method.getName()) {
                        case "setStatus" -> { status = (Integer) args[0]; yield null; }
                        case "setContentType" -> { contentType = (String) args[0]; yield null; }
                        case "setHeader" -> { headers.put((String) args[0], (String) args[1]); yield null; }
                        case "setContentLength" -> null;
                        case "isCommitted" -> false;
                        case "reset" -> { status = 200; contentType = null; headers.clear(); body.reset(); yield null; }
                        case "getOutputStream" -> out;
                        case "getWriter" -> new PrintWriter(out, true, StandardCharsets.UTF_8);
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }

    private static Recorded filter(FilterChain chain) throws Exception {
        Recorded recorded = new Recorded();
        new NotReadyFilter().doFilter((ServletRequest) null, recorded.proxy(), chain);
        return recorded;
    }

    @Test
    void cxfsNoServiceFoundPageIsA503() throws Exception {
        Recorded recorded = filter((request, response) -> {
            HttpServletResponse http = (HttpServletResponse) response;
            http.setStatus(404);
            http.setContentType("text/html");
            http.getWriter().write("<html><body>No service was found.</body></html>");
        });

        assertEquals(503, recorded.status);
        assertEquals("5", recorded.headers.get("Retry-After"));
        assertTrue(recorded.contentType.startsWith(Problems.MEDIA_TYPE));
        assertEquals(NotReadyServlet.BODY, recorded.body.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theNullPointerOfAnEndpointWithoutObserverIsA503() throws Exception {
        Recorded recorded = filter((request, response) -> {
            NullPointerException e = new NullPointerException("incomingObserver is null");
            e.setStackTrace(new StackTraceElement[] {new StackTraceElement(
                    "org.apache.cxf.transport.http.AbstractHTTPDestination", "invoke", null, 267)});
            throw e;
        });

        assertEquals(503, recorded.status);
    }

    @Test
    void anyOtherNullPointerIsNotHidden() {
        assertThrows(NullPointerException.class, () -> filter((request, response) -> {
            throw new NullPointerException("a bug");
        }));
    }

    @Test
    void foljasOwn404PassesUntouched() throws Exception {
        Recorded recorded = filter((request, response) -> {
            HttpServletResponse http = (HttpServletResponse) response;
            http.setStatus(404);
            http.setContentType(Problems.MEDIA_TYPE);
            http.getOutputStream().write("{\"status\":404}".getBytes(StandardCharsets.UTF_8));
        });

        assertEquals(404, recorded.status);
        assertEquals(Problems.MEDIA_TYPE, recorded.contentType);
        assertEquals("{\"status\":404}", recorded.body.toString(StandardCharsets.UTF_8));
        assertFalse(recorded.headers.containsKey("Retry-After"));
    }
}
