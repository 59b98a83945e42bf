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
import se.folja.api.Page;
import se.folja.api.followup.DueOccasion;
import se.folja.api.followup.DueQuery;
import se.folja.api.followup.Enrolment;
import se.folja.api.followup.EnrolmentEndReason;
import se.folja.api.followup.EnrolmentProposal;
import se.folja.api.followup.EnrolmentQuery;
import se.folja.api.followup.EnrolmentRequest;
import se.folja.api.followup.EnrolmentRevision;
import se.folja.api.followup.Enrolments;
import se.folja.api.followup.FollowUpResponse;
import se.folja.api.followup.ResponseQuery;
import se.folja.api.followup.ResponseRequest;
import se.folja.api.followup.ResponseRevision;
import se.folja.api.followup.Responses;
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
                    case "getBaseUri" -> java.net.URI.create(BASE);
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

    /** Enrolments answering with {@link #answer} (and the lists given); every call recorded with its arguments. */
    static final class EnrolmentsDouble implements Enrolments {
        Enrolment answer;
        List<EnrolmentProposal> proposals = List.of();
        List<EnrolmentRevision> revisions = List.of();
        List<DueOccasion> due = List.of();
        final List<Object> calls = new ArrayList<>();

        @Override
        public List<EnrolmentProposal> proposals(String unit, String template, Actor actor) {
            calls.add(List.of("proposals", String.valueOf(unit), String.valueOf(template), actor.userName()));
            return proposals;
        }

        @Override
        public Enrolment enrol(EnrolmentRequest request, Actor actor) {
            calls.add(List.of(request, actor.userName()));
            return answer;
        }

        @Override
        public Enrolment end(long id, long expectedRevision, LocalDate end, EnrolmentEndReason reason, Actor actor) {
            calls.add(java.util.Arrays.asList("end", id, expectedRevision, end, reason, actor.userName()));
            return answer;
        }

        @Override
        public Enrolment assign(long id, long expectedRevision, String responsible, Actor actor) {
            calls.add(List.of("assign", id, expectedRevision, String.valueOf(responsible), actor.userName()));
            return answer;
        }

        @Override
        public Enrolment annul(long id, long expectedRevision, String reason, Actor actor) {
            calls.add(List.of("annul", id, expectedRevision, String.valueOf(reason), actor.userName()));
            return answer;
        }

        @Override
        public Enrolment get(long id, Actor actor) {
            calls.add(List.of("get", id));
            return answer;
        }

        @Override
        public Page<Enrolment> list(EnrolmentQuery query, Actor actor) {
            calls.add(query);
            return new Page<>(answer == null ? List.of() : List.of(answer), 41, query.offset(), query.limit());
        }

        @Override
        public List<EnrolmentRevision> history(long id, Actor actor) {
            calls.add(List.of("history", id));
            return revisions;
        }

        @Override
        public List<DueOccasion> due(DueQuery query, Actor actor) {
            calls.add(query);
            return due;
        }
    }

    /** Responses answering with {@link #answer} (or throwing {@link #refusal}); every call recorded. */
    static final class ResponsesDouble implements Responses {
        FollowUpResponse answer;
        RuntimeException refusal;
        List<ResponseRevision> revisions = List.of();
        final List<Object> calls = new ArrayList<>();

        private FollowUpResponse answer() {
            if (refusal != null) {
                throw refusal;
            }
            return answer;
        }

        @Override
        public FollowUpResponse submit(ResponseRequest request, Actor actor) {
            calls.add(List.of(request, actor.userName()));
            return answer();
        }

        @Override
        public FollowUpResponse correct(long id, long expectedRevision, byte[] questionnaireResponse,
                LocalDate answeredOn, Actor actor) {
            calls.add(List.of("correct", id, expectedRevision, questionnaireResponse == null ? "null"
                    : new String(questionnaireResponse, StandardCharsets.UTF_8), String.valueOf(answeredOn),
                    actor.userName()));
            return answer();
        }

        @Override
        public FollowUpResponse enteredInError(long id, long expectedRevision, String reason, Actor actor) {
            calls.add(List.of("enteredInError", id, expectedRevision, String.valueOf(reason), actor.userName()));
            return answer();
        }

        @Override
        public FollowUpResponse get(long id, Actor actor) {
            calls.add(List.of("get", id));
            return answer();
        }

        @Override
        public Page<FollowUpResponse> search(ResponseQuery query, Actor actor) {
            calls.add(query);
            return new Page<>(answer == null ? List.of() : List.of(answer), 1, query.offset(), query.limit());
        }

        @Override
        public List<ResponseRevision> history(long id, Actor actor) {
            calls.add(List.of("history", id));
            return revisions;
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
