package se.folja.itests;

import static org.junit.Assert.assertEquals;
import static se.folja.itests.JsonAssert.json;
import static se.folja.itests.TestData.JSON_TYPE;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Registrations of non-deliveries as staff make them, for every area test that needs one: journal entries that
 * no other test uses, announced by the host (an EventAdmin event, as the journal sends) before they are
 * registered. A test class makes one in {@code @Before}, with the EventAdmin Pax Exam injected into it.
 */
final class Registrations {

    private static final AtomicInteger ENTRIES = new AtomicInteger();
    /** Entries announced in this container, whichever test class announced them. */
    private static final Set<String> ANNOUNCED = ConcurrentHashMap.newKeySet();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Api api;
    private final EventAdmin eventAdmin;

    Registrations(Api api, EventAdmin eventAdmin) {
        this.api = api;
        this.eventAdmin = eventAdmin;
    }

    /** A journal entry id no other test uses. */
    static String entry(String prefix) {
        return "IT-" + prefix + "-" + System.nanoTime() + "-" + ENTRIES.incrementAndGet();
    }

    static String registration(String entry, String client, String unit, String start, String reason,
            String comment) {
        return "{\"journalEntryId\":\"" + entry + "\",\"client\":\"" + client + "\",\"unit\":\"" + unit
                + "\",\"interventionType\":\"BOENDESTOD\",\"plannedStart\":\"" + start + "\",\"reasonCode\":\""
                + reason + "\"" + (comment == null ? "" : ",\"comment\":\"" + comment + "\"") + "}";
    }

    /**
     * Registers as {@code user}; an entry made by {@link #entry} is first announced by the host for the unit the
     * body names (without client and planned start, so that the body's decide), as the journal would have.
     */
    HttpResponse<String> register(String user, String body) throws IOException, InterruptedException {
        JsonNode request;
        try {
            request = JSON.readTree(body);
        } catch (IOException notJson) {
            request = null;
        }
        if (request != null && request.path("journalEntryId").asText().startsWith("IT-")
                && request.path("unit").isTextual() && ANNOUNCED.add(request.path("journalEntryId").asText())) {
            announce(request.path("journalEntryId").asText(), request.path("unit").asText(), null, null);
        }
        return api.send("POST", "/non-deliveries", user, body, JSON_TYPE);
    }

    /**
     * Announces a journal entry as a host does (the EventAdmin event of {@code folja-journal-spi}), and returns
     * once Följa has handled it ({@code sendEvent}).
     */
    void announce(String entry, String unit, String client, String plannedStart) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("entryId", entry);
        properties.put("heading", "Ej genomförda insatser");
        properties.put("unit", unit);
        if (client != null) {
            properties.put("client", client);
        }
        if (plannedStart != null) {
            properties.put("plannedStart", plannedStart);
        }
        eventAdmin.sendEvent(new Event("se/folja/journal/ENTRY_CREATED", properties));
    }

    /** Registers and asserts that it was stored (201); returns the stored registration. */
    JsonNode registered(String user, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = register(user, body);
        assertEquals(response.body(), 201, response.statusCode());
        return json(response);
    }
}
