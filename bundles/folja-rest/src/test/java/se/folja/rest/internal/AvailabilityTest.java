package se.folja.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import se.folja.api.TemporarilyUnavailableException;
import se.folja.rest.internal.json.JsonProvider;
import se.folja.rest.internal.problem.ProblemJson;
import se.folja.rest.internal.problem.ProblemMapper;
import se.folja.rest.internal.problem.Problems;

/** What a client gets while Följa cannot serve: starting, or its database not reachable. */
class AvailabilityTest {

    private final ProblemMapper mapper = new ProblemMapper();

    @Test
    void aTemporarilyUnavailableDatabaseIsA503WithRetryAfter() {
        Response response = mapper.toResponse(new TemporarilyUnavailableException(
                "The database cannot serve the request at the moment", 5, new SQLException("down", "08001")));

        assertEquals(503, response.getStatus());
        assertEquals("5", response.getHeaderString("Retry-After"));
        assertEquals(Problems.MEDIA_TYPE, response.getMediaType().toString());
        ProblemJson body = assertInstanceOf(ProblemJson.class, response.getEntity());
        assertEquals("urn:folja:problem:unavailable", body.type());
        assertEquals(503, body.status());
    }

    @Test
    void anyOtherFailureOfTheDatabaseIsStillA500() {
        Response response = mapper.toResponse(new IllegalStateException("The database refused or failed the work"));

        assertEquals(500, response.getStatus());
        assertEquals(null, response.getHeaderString("Retry-After"));
    }

    @Test
    void theNotReadyAnswerIsAProblem() throws IOException {
        JsonNode body = JsonProvider.MAPPER.readTree(NotReadyServlet.BODY);

        assertEquals("urn:folja:problem:unavailable", body.path("type").asText());
        assertEquals(503, body.path("status").asInt());
        assertTrue(body.path("detail").asText().contains("Retry"));
    }

    /**
     * The application must wait for every resource (see {@link FoljaApplication}): a resource it does not
     * reference could join after the application was built, and the whiteboard would rebuild it under load.
     */
    @Test
    void theApplicationWaitsForEveryResourceOfTheBundle() throws IOException {
        Set<String> resources = new TreeSet<>();
        try (Stream<Path> descriptors = Files.list(Path.of("target/classes/OSGI-INF"))) {
            for (Path descriptor : descriptors.filter(p -> p.toString().endsWith(".xml")).toList()) {
                String xml = Files.readString(descriptor);
                if (xml.contains("name=\"osgi.jaxrs.resource\"")) {
                    resources.add(descriptor.getFileName().toString().replace(".xml", ""));
                }
            }
        }
        List<String> referenced = Arrays.stream(FoljaApplication.class.getConstructors()[0].getParameterTypes())
                .map(Class::getName).toList();

        assertTrue(resources.size() > 10, "resources found: " + resources);
        assertEquals(Set.of(), resources.stream().filter(r -> !referenced.contains(r))
                .collect(Collectors.toCollection(TreeSet::new)), "resources FoljaApplication does not wait for");
    }

    /**
     * The application must wait for every JAX-RS extension of the bundle too (filters, providers, mappers, the
     * CSV and XLSX writers), and each of its references by component name must name a component that exists: a
     * target naming a class that moved would keep the application, and with it the whole API, at 503 for good.
     */
    @Test
    void theApplicationWaitsForEveryExtensionOfTheBundleByItsComponentName() throws IOException {
        Set<String> extensions = new TreeSet<>();
        Set<String> components = new TreeSet<>();
        try (Stream<Path> descriptors = Files.list(Path.of("target/classes/OSGI-INF"))) {
            for (Path descriptor : descriptors.filter(p -> p.toString().endsWith(".xml")).toList()) {
                String name = descriptor.getFileName().toString().replace(".xml", "");
                components.add(name);
                if (Files.readString(descriptor).contains("name=\"osgi.jaxrs.extension\"")) {
                    extensions.add(name);
                }
            }
        }
        String application = Files.readString(Path.of("target/classes/OSGI-INF/"
                + FoljaApplication.class.getName() + ".xml"));
        Matcher target = Pattern.compile("target=\"\\(component\\.name=([\\w.$]+)\\)\"").matcher(application);
        Set<String> targeted = new TreeSet<>();
        while (target.find()) {
            targeted.add(target.group(1));
        }

        assertTrue(extensions.size() >= 4, "extensions found: " + extensions);
        assertEquals(Set.of(), extensions.stream().filter(e -> !targeted.contains(e))
                .collect(Collectors.toCollection(TreeSet::new)), "extensions FoljaApplication does not wait for");
        assertEquals(Set.of(), targeted.stream().filter(t -> !components.contains(t))
                .collect(Collectors.toCollection(TreeSet::new)), "components FoljaApplication waits for in vain");
    }
}
