package se.folja.jetty.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.HandlerList;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.xml.XmlConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Jetty server configured by the fragment's {@code jetty.xml}, as Pax Web configures its own, answers the
 * errors Jetty produces itself with problem+json.
 */
class JettyProblemsTest {

    private Server server;
    private int port;

    @BeforeEach
    void start() throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        // Följa's web pages as a servlet context, and a handler outside any context (the API's context not there):
        // /missing is an error page of the server's error handler
        ContextHandler pages = new ContextHandler("/folja/web");
        pages.setHandler(answering());
        server.setHandler(new HandlerList(pages, answering()));
        new XmlConfiguration(Resource.newResource(getClass().getResource("/jetty.xml"))).configure(server);
        server.start();
        port = connector.getLocalPort();
    }

    private static AbstractHandler answering() {
        return new AbstractHandler() {
            @Override
            public void handle(String target, Request baseRequest, HttpServletRequest request,
                    HttpServletResponse response) throws IOException {
                baseRequest.setHandled(true);
                if (target.endsWith("/missing")) {
                    response.sendError(404);
                } else {
                    response.setStatus(200);
                }
            }
        };
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    /** @return the whole answer to a raw request, headers and body */
    private String send(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static void assertProblem(String answer, int status, String type) {
        assertTrue(answer.startsWith("HTTP/1.1 " + status + " "), answer);
        assertTrue(answer.contains("Content-Type: application/problem+json"), answer);
        assertTrue(answer.contains("\"type\":\"urn:folja:problem:" + type + "\""), answer);
        assertTrue(answer.contains("\"status\":" + status), answer);
    }

    @Test
    void aUriTooLongIsAProblem() throws IOException {
        assertProblem(send("GET /folja/api/v1/" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n\r\n"), 414,
                "uri-too-long");
    }

    @Test
    void anEncodedControlCharacterInThePathIsAProblem() throws IOException {
        assertProblem(send("GET /folja/api/v1/reason-codes%00 HTTP/1.1\r\nHost: x\r\n\r\n"), 400, "bad-request");
    }

    @Test
    void headersTooLargeAreAProblem() throws IOException {
        assertProblem(send("GET /folja/api/v1/x HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\n"),
                431, "request-header-fields-too-large");
    }

    @Test
    void theApisPathWithoutItsContextIsUnavailableNotMissing() throws IOException {
        String answer = send("GET /folja/api/v1/missing HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertProblem(answer, 503, "unavailable");
        assertTrue(answer.contains("Retry-After: 5"), answer);
    }

    @Test
    void aServerErrorPageUnderFoljaIsAProblemAndElsewhereJettysOwn() throws IOException {
        assertProblem(send("GET /folja/missing HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 404,
                "not-found");
        assertProblem(send("GET /folja/web/missing HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 404,
                "not-found");
        String elsewhere = send("GET /other/missing HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertTrue(elsewhere.startsWith("HTTP/1.1 404 "), elsewhere);
        assertTrue(!elsewhere.contains("problem+json"), elsewhere);
    }

    @Test
    void aGoodRequestPassesThrough() throws IOException {
        assertTrue(send("GET /folja/api/v1/x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                .startsWith("HTTP/1.1 200 "));
    }

    @Test
    void theTypesMatchTheRestApis() {
        assertEquals("not-found", Problem.type(404));
        assertEquals("method-not-allowed", Problem.type(405));
        assertEquals("internal", Problem.type(500));
        assertEquals("uri-too-long", Problem.type(414));
    }
}
