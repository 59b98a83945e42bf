package se.folja.rest.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

class CorsFilterTest {

    private static final String JOURNAL = "https://journal.example.org";

    private final CorsFilter filter = new CorsFilter(FakeHttp.config("allowedOrigins",
            new String[] {JOURNAL, " http://localhost:8080 ", "not-an-origin", "https://x.example/path", ""}));

    private record Outcome(FakeHttp.Response response, boolean passedOn) {
    }

    private Outcome send(FakeHttp.Request request) throws Exception {
        FakeHttp.Response response = new FakeHttp.Response();
        AtomicBoolean passed = new AtomicBoolean();
        filter.doFilter(request.build(), response.build(), (req, res) -> passed.set(true));
        return new Outcome(response, passed.get());
    }

    @Test
    void anAllowedOriginGetsCorsWithCredentials() throws Exception {
        for (String method : List.of("GET", "POST", "PUT", "DELETE")) {
            Outcome outcome = send(new FakeHttp.Request(method, "/non-deliveries").header("Origin", JOURNAL));

            assertTrue(outcome.passedOn(), method);
            FakeHttp.Response r = outcome.response();
            assertEquals(JOURNAL, r.header("Access-Control-Allow-Origin"));
            assertEquals("true", r.header("Access-Control-Allow-Credentials"));
            assertEquals("Origin", r.header("Vary"));
            Set<String> exposed = Set.of(r.header("Access-Control-Expose-Headers").split(", "));
            assertTrue(exposed.containsAll(Set.of("ETag", "Location")), exposed.toString());
        }
        assertEquals("http://localhost:8080", send(new FakeHttp.Request("GET", "/units")
                .header("Origin", "http://localhost:8080")).response().header("Access-Control-Allow-Origin"));
    }

    @Test
    void anAllowedOriginsPreflightIsAnsweredHere() throws Exception {
        Outcome outcome = send(new FakeHttp.Request("OPTIONS", "/non-deliveries").header("Origin", JOURNAL)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,x-csrf-token"));

        assertFalse(outcome.passedOn());
        FakeHttp.Response r = outcome.response();
        assertEquals(204, r.status);
        assertEquals(JOURNAL, r.header("Access-Control-Allow-Origin"));
        assertEquals("true", r.header("Access-Control-Allow-Credentials"));
        assertEquals(Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"),
                Set.of(r.header("Access-Control-Allow-Methods").split(", ")));
        assertTrue(Set.of(r.header("Access-Control-Allow-Headers").split(", ")).containsAll(
                Set.of("Content-Type", "If-Match", "If-None-Match", "X-CSRF-Token", "Idempotency-Key", "Authorization")));
        assertEquals("Origin", r.header("Vary"));
    }

    @Test
    void anotherOriginGetsNoCorsAndMayOnlyRead() throws Exception {
        Outcome read = send(new FakeHttp.Request("GET", "/units").header("Origin", "https://evil.example"));
        assertTrue(read.passedOn(), "the browser keeps the answer from the page: no CORS header");
        assertFalse(read.response().hasCorsHeaders());

        for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
            Outcome write = send(new FakeHttp.Request(method, "/non-deliveries").header("Origin", "https://evil.example")
                    .header("Authorization", "Basic c3RhZmY6c3RhZmY="));
            assertFalse(write.passedOn(), method);
            assertEquals(403, write.response().status);
            assertEquals("application/problem+json;charset=UTF-8", write.response().header("Content-Type"));
            assertTrue(write.response().body().contains("\"type\":\"urn:folja:problem:forbidden\""));
            assertFalse(write.response().hasCorsHeaders());
        }
        Outcome preflight = send(new FakeHttp.Request("OPTIONS", "/non-deliveries")
                .header("Origin", "https://journal.example.org.evil.example")
                .header("Access-Control-Request-Method", "POST"));
        assertFalse(preflight.passedOn());
        assertEquals(403, preflight.response().status);
        assertFalse(preflight.response().hasCorsHeaders());
        for (String lookalike : List.of("null", "https://journal.example.org:444", "http://journal.example.org",
                "https://x.example")) {
            Outcome o = send(new FakeHttp.Request("POST", "/x").header("Origin", lookalike));
            assertEquals(403, o.response().status, lookalike);
        }
    }

    @Test
    void ownPagesAndClientsWithoutOriginNeedNoCors() throws Exception {
        for (String own : List.of("https://folja.example.org", "http://folja.example.org")) {
            Outcome outcome = send(new FakeHttp.Request("POST", "/non-deliveries").header("Origin", own));
            assertTrue(outcome.passedOn(), own);
            assertFalse(outcome.response().hasCorsHeaders());
        }
        Outcome port = send(new FakeHttp.Request("DELETE", "/x").header("Host", "localhost:8181")
                .header("Origin", "http://localhost:8181"));
        assertTrue(port.passedOn());
        assertEquals(403, send(new FakeHttp.Request("DELETE", "/x").header("Host", "localhost:8181")
                .header("Origin", "http://localhost:8182")).response().status);
        Outcome api = send(new FakeHttp.Request("POST", "/non-deliveries"));
        assertTrue(api.passedOn(), "an API client sends no Origin");
        assertFalse(api.response().hasCorsHeaders());
    }

    @Test
    void theBrowsersSecFetchSiteDecidesForAnOriginOfNull() throws Exception {
        // a page with Referrer-Policy: no-referrer makes the browser send "Origin: null" even to its own origin
        Outcome own = send(new FakeHttp.Request("POST", "/non-deliveries").header("Origin", "null")
                .header("Sec-Fetch-Site", "same-origin"));
        assertTrue(own.passedOn());
        assertFalse(own.response().hasCorsHeaders());
        Outcome proxied = send(new FakeHttp.Request("POST", "/non-deliveries").header("Host", "karaf-node-1:8181")
                .header("Origin", "https://folja.example.org").header("Sec-Fetch-Site", "same-origin"));
        assertTrue(proxied.passedOn(), "a proxy that rewrote Host: the browser still says same-origin");
        for (String site : List.of("cross-site", "same-site")) {
            assertEquals(403, send(new FakeHttp.Request("POST", "/x").header("Origin", "null")
                    .header("Sec-Fetch-Site", site)).response().status, site);
            assertEquals(403, send(new FakeHttp.Request("POST", "/x").header("Sec-Fetch-Site", site)).response().status,
                    "no Origin, but marked " + site);
            assertTrue(send(new FakeHttp.Request("GET", "/x").header("Sec-Fetch-Site", site)).passedOn());
        }
        assertEquals(403, send(new FakeHttp.Request("POST", "/x").header("Origin", "null")).response().status,
                "Origin: null and no Sec-Fetch-Site: an older browser on some other page");
        assertTrue(send(new FakeHttp.Request("POST", "/x").header("Origin", JOURNAL).header("Sec-Fetch-Site", "same-site"))
                .passedOn(), "an allowed origin of the same site");
    }

    @Test
    void withoutAllowedOriginsNoResponseVaries() throws Exception {
        CorsFilter closed = new CorsFilter(FakeHttp.config());
        FakeHttp.Response response = new FakeHttp.Response();
        closed.doFilter(new FakeHttp.Request("GET", "/units").header("Origin", JOURNAL).build(), response.build(),
                (req, res) -> { });
        assertNull(response.header("Vary"));
        assertFalse(response.hasCorsHeaders());
    }

    @Test
    void originsAreComparedNormalised() {
        assertEquals("https://journal.example.org", Origins.normalise("HTTPS://Journal.Example.org:443"));
        assertEquals("http://localhost:8080", Origins.normalise("http://localhost:8080"));
        assertNull(Origins.normalise("https://journal.example.org/"));
        assertNull(Origins.normalise("https://user@journal.example.org"));
        assertNull(Origins.normalise("ftp://journal.example.org"));
        assertNull(Origins.normalise("null"));
        assertEquals(List.of("not-an-origin", "https://x.example/path"),
                Origins.invalid(" http://localhost:8080 ", "not-an-origin", "https://x.example/path", ""));
        assertTrue(Origins.of("https://Journal.example.org:443").isAllowed("https://journal.example.org"));
        assertEquals(Set.of("https://a.example", "http://b.example:8080"),
                Origins.of("https://a.example, http://b.example:8080", "").allowed(), "a .cfg file's list");
        assertTrue(Origins.isOwn("https://folja.example.org", "folja.example.org:443"));
        assertFalse(Origins.isOwn("https://folja.example.org", "folja.example.org:8181"));
        assertFalse(Origins.isOwn("https://folja.example.org.evil.example", "folja.example.org"));
    }
}
