package se.folja.rest.internal.problem;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** TRACE under /folja is a problem+json 405 on a Jetty that refuses TRACE the way Pax Web does. */
class TraceRefusalTest {

    private Server server;
    private int port;

    @BeforeEach
    void start() throws Exception {
        server = new Server();
        HttpConfiguration configuration = new HttpConfiguration();
        configuration.addCustomizer(new TraceRefusal());
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(configuration));
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new AbstractHandler() {
            @Override
            public void handle(String target, Request baseRequest, HttpServletRequest request,
                    HttpServletResponse response) throws IOException {
                baseRequest.setHandled(true);
                if ("TRACE".equals(request.getMethod())) {
                    response.sendError(405); // Pax Web's PaxWebServletHandler
                } else {
                    response.setStatus(200);
                }
            }
        });
        server.start();
        port = connector.getLocalPort();
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    private String send(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void traceUnderFoljaIsAProblem() throws IOException {
        String answer = send("TRACE /folja/api/v1/reason-codes HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 405 "), answer);
        assertTrue(answer.contains("Content-Type: application/problem+json"), answer);
        assertTrue(answer.contains("\"type\":\"urn:folja:problem:method-not-allowed\""), answer);
    }

    @Test
    void traceElsewhereAndOtherMethodsAreLeftAlone() throws IOException {
        String elsewhere = send("TRACE /other HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertTrue(elsewhere.startsWith("HTTP/1.1 405 ") && !elsewhere.contains("problem+json"), elsewhere);
        assertTrue(send("GET /folja/api/v1/x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                .startsWith("HTTP/1.1 200 "));
    }
}
