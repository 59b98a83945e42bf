package se.folja.rest.internal.followup;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import javax.ws.rs.core.Request;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriBuilder;
import javax.ws.rs.core.UriInfo;

import org.apache.cxf.jaxrs.impl.RequestImpl;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageImpl;

import se.folja.api.Actor;
import se.folja.api.NotFoundException;
import se.folja.api.followup.AgeRange;
import se.folja.api.followup.EnableRequest;
import se.folja.api.followup.Enablement;
import se.folja.api.followup.EnablementChange;
import se.folja.api.followup.EnablementQuery;
import se.folja.api.followup.EnablementSource;
import se.folja.api.followup.Enablements;
import se.folja.api.followup.FollowUpTemplate;
import se.folja.api.followup.FollowUpTemplates;
import se.folja.api.followup.Item;
import se.folja.api.followup.LocalizedText;
import se.folja.api.followup.Occasion;
import se.folja.api.followup.OccasionKind;
import se.folja.api.followup.Population;
import se.folja.api.followup.QuestionType;
import se.folja.api.followup.Questionnaire;
import se.folja.api.followup.QuestionnaireStatus;
import se.folja.api.followup.Respondent;
import se.folja.api.followup.RespondentRole;
import se.folja.api.followup.StoredTemplate;
import se.folja.api.followup.TemplateDocument;
import se.folja.api.followup.TemplateOrigin;
import se.folja.api.followup.TemplateUpload;
import se.folja.api.followup.TemplateVersionInfo;

/** What the follow-up resources' tests run against: services that answer as told and record what they were asked. */
final class Doubles {

    static final String BASE = "http://localhost:8181/folja/api/v1/";
    static final Instant STORED = Instant.parse("2026-11-02T08:15:00Z");

    private Doubles() {
    }

    /** A caller with a login name and roles, as the authentication filter leaves it. */
    static SecurityContext caller(String name, String... roles) {
        Set<String> held = Set.of(roles);
        Principal principal = () -> name;
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return held.contains(role);
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return BASIC_AUTH;
            }
        };
    }

    /** The request URI's parts, under the application's base as it is served. */
    static UriInfo uri() {
        return (UriInfo) Proxy.newProxyInstance(Doubles.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getBaseUriBuilder" -> UriBuilder.fromUri(BASE);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** A GET with these headers (alternating names and values), as CXF evaluates its preconditions. */
    static Request get(String... headers) {
        Message message = new MessageImpl();
        TreeMap<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            map.put(headers[i], List.of(headers[i + 1]));
        }
        message.put(Message.PROTOCOL_HEADERS, map);
        message.put(Message.HTTP_REQUEST_METHOD, "GET");
        return new RequestImpl(message);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static TemplateVersionInfo info(String code, int version, byte[] document, TemplateOrigin origin, String by) {
        return new TemplateVersionInfo(code, version, new LocalizedText("Skattning " + code, "Rating " + code), origin,
                sha256(document), document.length, by, STORED);
    }

    /** A template as the reader would give it: the smallest one the model allows. */
    static StoredTemplate stored(String code, int version, byte[] document) {
        Questionnaire questionnaire = new Questionnaire(null, null, null, null, QuestionnaireStatus.ACTIVE, null,
                List.of(new Item("q1", null, "Hur mår du?", QuestionType.BOOLEAN, false, false, List.of(), null, null,
                        null, null, null, false, List.of(), null, List.of())));
        FollowUpTemplate template = new FollowUpTemplate(code, new LocalizedText("Skattning", "Rating"), null,
                new Population(List.of(), AgeRange.ANY, null), List.of(new Respondent(RespondentRole.CLIENT,
                        questionnaire)), List.of(new Occasion("baseline", OccasionKind.BASELINE, null, null)), List.of());
        return new StoredTemplate(info(code, version, document, TemplateOrigin.UPLOADED, "anna"),
                new TemplateDocument(template, document));
    }

    /** Stored templates answering from a list; uploads recorded, answered with {@link #nextUpload}. */
    static final class Templates implements FollowUpTemplates {
        final List<StoredTemplate> stored = new ArrayList<>();
        final List<byte[]> uploads = new ArrayList<>();
        final List<TemplateOrigin> origins = new ArrayList<>();
        final List<Actor> uploaders = new ArrayList<>();
        TemplateUpload nextUpload;

        @Override
        public TemplateUpload store(byte[] json, TemplateOrigin origin, Actor actor) {
            uploads.add(json);
            origins.add(origin);
            uploaders.add(actor);
            return nextUpload;
        }

        @Override
        public List<TemplateVersionInfo> latest() {
            return stored.stream().map(StoredTemplate::info).toList();
        }

        @Override
        public List<TemplateVersionInfo> versions(String code) {
            List<TemplateVersionInfo> found = stored.stream().map(StoredTemplate::info)
                    .filter(i -> i.code().equals(code)).toList();
            if (found.isEmpty()) {
                throw new NotFoundException("template", code);
            }
            return found;
        }

        @Override
        public StoredTemplate latest(String code) {
            return stored.stream().filter(s -> s.info().code().equals(code))
                    .reduce((a, b) -> b).orElseThrow(() -> new NotFoundException("template", code));
        }

        @Override
        public StoredTemplate version(String code, int version) {
            return stored.stream().filter(s -> s.info().code().equals(code) && s.info().version() == version)
                    .findFirst().orElseThrow(() -> new NotFoundException("template version", code + " " + version));
        }
    }

    /** One call to {@link Enablements#change}, as received. */
    record Change(long id, long expectedRevision, Integer version, LocalDate from, LocalDate to, boolean clearTo,
            EnablementSource source, String by) {
    }

    /** Enablements answering with {@link #answer}; every call recorded. */
    static final class EnablementsDouble implements Enablements {
        Enablement answer;
        List<Enablement> listed = List.of();
        List<EnablementChange> changes = List.of();
        final List<Object> calls = new ArrayList<>();

        @Override
        public Enablement enable(EnableRequest request, EnablementSource source, Actor actor) {
            calls.add(List.of(request, source, actor.userName()));
            return answer;
        }

        @Override
        public Enablement change(long id, long expectedRevision, Integer version, LocalDate from, LocalDate to,
                boolean clearTo, EnablementSource source, Actor actor) {
            calls.add(new Change(id, expectedRevision, version, from, to, clearTo, source, actor.userName()));
            return answer;
        }

        @Override
        public Enablement disable(long id, Long expectedRevision, EnablementSource source, Actor actor) {
            calls.add(List.of("disable", id, expectedRevision, source, actor.userName()));
            return answer;
        }

        @Override
        public Enablement get(long id, Actor actor) {
            calls.add(List.of("get", id));
            return answer;
        }

        @Override
        public List<Enablement> list(EnablementQuery query, Actor actor) {
            calls.add(query);
            return listed;
        }

        @Override
        public List<EnablementChange> history(long id, Actor actor) {
            calls.add(List.of("history", id));
            return changes;
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
