package se.folja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * folja-web over HTTP, in the same Jetty as the API: the reason picker at its stable address (revalidated with
 * its ETag), the content-hashed module it loads (cached for good), Swagger UI at /folja/api/, the demo's host
 * page; and the API's own paths still answered by the API.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class WebIT extends AreaTest {

    private static final String ENTRY = "/folja/components/folja-reason-picker.js";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Before
    public void given() throws Exception {
        Await.await("GET " + ENTRY + " answers 200", Api.READY_TIMEOUT, () -> get(ENTRY).statusCode(),
                status -> status == 200);
    }

    @Test
    public void theComponentsStableAddressIsRevalidatedWithItsEtag() throws Exception {
        HttpResponse<String> entry = get(ENTRY);
        assertEquals(200, entry.statusCode());
        assertEquals("text/javascript;charset=utf-8", header(entry, "Content-Type"));
        assertEquals("no-cache", header(entry, "Cache-Control"));
        assertEquals("*", header(entry, "Access-Control-Allow-Origin"));
        String etag = header(entry, "ETag");
        assertTrue(etag, etag.matches("\"[A-Za-z0-9_-]+\""));
        HttpResponse<String> again = get(ENTRY, "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(etag, header(again, "ETag"));
        assertEquals(200, get(ENTRY, "If-None-Match", "\"stale\"").statusCode());
    }

    @Test
    public void theHashedModuleIsCachedForGoodAndSentCompressed() throws Exception {
        String module = hashedModule();
        HttpResponse<String> plain = get(module);
        assertEquals(200, plain.statusCode());
        assertEquals("public, max-age=31536000, immutable", header(plain, "Cache-Control"));
        assertTrue("the module defines the element", plain.body().contains("folja-reason-picker"));
        assertTrue("form-associated", plain.body().contains("formAssociated"));

        HttpResponse<byte[]> gzipped = HTTP.send(HttpRequest.newBuilder(URI.create(root() + module))
                .header("Accept-Encoding", "gzip").timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(null));
        assertEquals("Accept-Encoding", gzipped.headers().firstValue("Vary").orElse(null));
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body()))) {
            assertEquals(plain.body(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertTrue("compressed: " + gzipped.body().length, gzipped.body().length < plain.body().length() / 2);
    }

    @Test
    public void swaggerUiAnswersAtApiOverTheOpenApiDocument() throws Exception {
        HttpResponse<String> bare = get("/folja/api");
        assertEquals(301, bare.statusCode());
        assertEquals("/folja/api/", header(bare, "Location"));
        HttpResponse<String> page = get("/folja/api/");
        assertEquals(200, page.statusCode());
        assertEquals("text/html;charset=utf-8", header(page, "Content-Type"));
        assertEquals("no-cache", header(page, "Cache-Control"));
        Matcher bundle = Pattern.compile("src=\"(/folja/assets/swagger-ui-5\\.[0-9.]+/swagger-ui-bundle\\.js)\"")
                .matcher(page.body());
        assertTrue(page.body(), bundle.find());
        HttpResponse<String> script = get(bundle.group(1));
        assertEquals(200, script.statusCode());
        assertEquals("public, max-age=31536000, immutable", header(script, "Cache-Control"));
        assertTrue(script.body().contains("SwaggerUIBundle"));
        assertTrue(get("/folja/api/swagger-initializer.js").body().contains("/openapi.json"));
        assertEquals(200, api.get("/openapi.json", "staff").statusCode());
    }

    @Test
    public void theApiKeepsItsPathsAndNothingElseIsServed() throws Exception {
        HttpResponse<String> unauthenticated = get(Api.API + "/reason-codes");
        assertEquals(401, unauthenticated.statusCode());
        assertTrue(header(unauthenticated, "Content-Type").startsWith("application/problem+json"));
        assertEquals(200, api.get("/reason-codes", "staff").statusCode());

        HttpResponse<String> unknown = get("/folja/no-such-file.js");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("Sidan finns inte"));
        HttpResponse<String> folder = get("/folja/assets/");
        assertEquals(404, folder.statusCode());
        assertFalse("no listing", folder.body().contains("folja-reason-picker"));
        assertEquals(404, get("/folja/components/").statusCode());
        for (String outside : new String[] {"/folja/../../etc/passwd", "/folja/%2e%2e/%2e%2e/etc/passwd",
            "/folja/components/..%5c..%5c..%5cetc%5cpasswd", "/folja/..;/..;/etc/passwd"}) {
            HttpResponse<String> refused = get(outside);
            // Jetty refuses an ambiguous path itself (400); what reaches Följa is a path it does not serve (404)
            assertTrue(outside + ": " + refused.statusCode(), refused.statusCode() == 400 || refused.statusCode() == 404);
            assertFalse(outside, refused.body().contains("root:"));
        }
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(root() + ENTRY))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());

        HttpResponse<String> start = get("/folja/");
        assertEquals(200, start.statusCode());
        assertTrue(start.body().contains("<html lang=\"sv\">"));
        assertEquals("/folja/", header(get("/folja"), "Location"));
    }

    @Test
    public void theDemoHostPageHoldsThePickerInAPlainForm() throws Exception {
        HttpResponse<String> page = get("/folja-demo/static/host-form.html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<form id=\"host-form\""));
        assertTrue(page.body().contains("<script type=\"module\" src=\"" + ENTRY + "\"></script>"));
        assertTrue(page.body().contains("<folja-reason-picker id=\"host-reason\" name=\"reasonCode\" required>"));
        assertTrue(page.body().contains("id=\"host-submit\""));
        assertTrue(page.body().contains("<output id=\"submitted\""));
        assertTrue(page.body().contains("id=\"host-result\" role=\"status\""));
        HttpResponse<String> script = get("/folja-demo/static/host-form.js");
        assertEquals(200, script.statusCode());
        assertTrue(script.body().contains("/non-deliveries"));
    }

    /** @return the path of the content-hashed module the stable entry re-exports */
    private String hashedModule() throws IOException, InterruptedException {
        String entry = get(ENTRY).body();
        Matcher hashed = Pattern.compile("from '\\.\\./(assets/folja-reason-picker-[A-Z0-9]+\\.js)'").matcher(entry);
        assertTrue(entry, hashed.find());
        return "/folja/" + hashed.group(1);
    }

    private static String root() {
        return "http://localhost:" + System.getProperty(FoljaKaraf.PORT_PROPERTY);
    }

    private static HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root() + path)).timeout(Duration.ofSeconds(30));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }
}
