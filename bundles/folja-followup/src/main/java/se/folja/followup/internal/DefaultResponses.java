package se.folja.followup.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.folja.api.Actor;
import se.folja.api.ConflictException;
import se.folja.api.Dates;
import se.folja.api.NotFoundException;
import se.folja.api.Page;
import se.folja.api.Text;
import se.folja.api.UnitScope;
import se.folja.api.ValidationException;
import se.folja.api.followup.Answer;
import se.folja.api.followup.Enrolment;
import se.folja.api.followup.EnrolmentStatus;
import se.folja.api.followup.Enrolments;
import se.folja.api.followup.FollowUpResponse;
import se.folja.api.followup.FollowUpTemplate;
import se.folja.api.followup.FollowUpTemplates;
import se.folja.api.followup.FollowUpValueSets;
import se.folja.api.followup.Occasion;
import se.folja.api.followup.OccasionKind;
import se.folja.api.followup.Respondent;
import se.folja.api.followup.ResponseChangeKind;
import se.folja.api.followup.ResponseQuery;
import se.folja.api.followup.ResponseRequest;
import se.folja.api.followup.ResponseRevision;
import se.folja.api.followup.ResponseStatus;
import se.folja.api.followup.Responses;
import se.folja.api.ibic.AreaKind;
import se.folja.api.ibic.LifeArea;
import se.folja.api.ibic.LifeAreaMapper;
import se.folja.api.nondelivery.NonDeliveryQuery;
import se.folja.api.reasons.ReasonCatalogue;
import se.folja.api.reasons.ReasonCode;
import se.folja.store.spi.EnrolmentStore;
import se.folja.store.spi.ResponseStore;

/**
 * Responses to follow-ups: each checked against the role's questionnaire in the template version its enrolment
 * answers ({@link ResponseReader}), stored with its answers as rows, corrected or marked entered in error rather
 * than changed, and read only by members of the enrolment's unit.
 */
@Component(service = Responses.class)
public final class DefaultResponses implements Responses {

    private static final Logger AUDIT = LoggerFactory.getLogger("se.folja.audit");

    private final ResponseStore store;
    private final EnrolmentStore enrolments;
    private final FollowUpTemplates templates;
    private final ReasonCatalogue reasons;
    private final LifeAreaMapper lifeAreas;
    private final Clock clock;

    @Activate
    public DefaultResponses(@Reference ResponseStore store, @Reference EnrolmentStore enrolments,
            @Reference FollowUpTemplates templates, @Reference ReasonCatalogue reasons,
            @Reference LifeAreaMapper lifeAreas) {
        this(store, enrolments, templates, reasons, lifeAreas, Clock.systemUTC());
    }

    DefaultResponses(ResponseStore store, EnrolmentStore enrolments, FollowUpTemplates templates,
            ReasonCatalogue reasons, LifeAreaMapper lifeAreas, Clock clock) {
        this.store = store;
        this.enrolments = enrolments;
        this.templates = templates;
        this.reasons = reasons;
        this.lifeAreas = lifeAreas;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.ZONE));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    @Override
    public FollowUpResponse submit(ResponseRequest request, Actor actor) {
        Enrolment enrolment = enrolments.find(request.enrolment()).orElseThrow(
                () -> new NotFoundException("enrolment", Long.toString(request.enrolment())));
        actor.memberScope(Set.of(enrolment.unit()));
        if (enrolment.status() == EnrolmentStatus.ANNULLED) {
            throw new ConflictException("Enrolment " + enrolment.id() + " is annulled; it takes no responses");
        }
        FollowUpTemplate template = templates.version(enrolment.templateCode(), enrolment.templateVersion())
                .template();
        ValidationException.Builder errors = ValidationException.builder();
        LocalDate today = today();
        Occasion occasion = null;
        if (request.occasion() == null || request.occasion().isBlank()) {
            errors.add("occasion", "is required: one of " + codes(template));
        } else {
            occasion = template.occasions().stream().filter(o -> o.code().equals(request.occasion().strip()))
                    .findFirst().orElse(null);
            errors.check(occasion != null, "occasion", "is not an occasion of the template: one of "
                    + codes(template));
        }
        int sequence = request.sequence() == null ? 1 : request.sequence();
        if (sequence < 1) {
            errors.add("sequence", "must be 1 or more");
        } else if (occasion != null && occasion.kind() != OccasionKind.EVERY_N_WEEKS && sequence != 1) {
            errors.add("sequence", "must be 1: the occasion falls due once");
        } else if (occasion != null) {
            LocalDate due = OccasionSchedule.due(occasion, sequence, enrolment).orElse(null);
            if (due == null) {
                errors.add(request.sequence() == null ? "occasion" : "sequence",
                        "does not fall due for this enrolment" + (enrolment.status() == EnrolmentStatus.ONGOING
                                && occasion.kind() != OccasionKind.BASELINE
                                && occasion.kind() != OccasionKind.EVERY_N_WEEKS ? " while it is ongoing" : ""));
            } else if (due.minusDays(Enrolments.OPENS_DAYS_BEFORE).isAfter(today)) {
                errors.add(request.sequence() == null ? "occasion" : "sequence", "is not open yet: it falls due on "
                        + due);
            }
        }
        Respondent respondent = null;
        if (request.role() == null) {
            errors.add("role", "is required: one of " + roles(template));
        } else {
            respondent = template.respondent(request.role()).orElse(null);
            errors.check(respondent != null, "role", "does not answer this template: one of " + roles(template));
        }
        LocalDate answeredOn = answeredOn(request.answeredOn(), today, errors);
        if (request.questionnaireResponse() == null) {
            errors.add("questionnaireResponse", "is required");
        }
        errors.throwIfAny();
        List<Answer> answers = read(request.questionnaireResponse(), enrolment, respondent);
        FollowUpResponse stored = store.insert(new FollowUpResponse(0, enrolment.id(), enrolment.unit(),
                enrolment.client(), enrolment.templateCode(), enrolment.templateVersion(), occasion.code(), sequence,
                respondent.role(), answeredOn, answers, ResponseStatus.COMPLETED, null, 0, actor.userName(), now()));
        audit(ResponseChangeKind.SUBMITTED, stored);
        return stored;
    }

    private static LocalDate answeredOn(LocalDate given, LocalDate today, ValidationException.Builder errors) {
        LocalDate answeredOn = given != null ? given : today;
        if (Dates.check("answeredOn", answeredOn, errors) && answeredOn.isAfter(today)) {
            errors.add("answeredOn", "must not be in the future");
        }
        return answeredOn;
    }

    private List<Answer> read(byte[] json, Enrolment enrolment, Respondent respondent) {
        Set<String> reasonCodes = reasons.activeReasons().stream().map(ReasonCode::code).collect(Collectors.toSet());
        Set<String> areas = lifeAreas.lifeAreas().areas().stream()
                .filter(a -> a.kind() == AreaKind.LIFE_AREA || a.kind() == AreaKind.IBIC_AREA)
                .map(LifeArea::code).collect(Collectors.toSet());
        ResponseReader reader = new ResponseReader(new ResponseReader.Codes(reasonCodes::contains, areas::contains));
        return reader.read(json, respondent.questionnaire(),
                FollowUpValueSets.questionnaireUrl(enrolment.templateCode(), respondent.role()),
                enrolment.templateVersion());
    }

    private static List<String> codes(FollowUpTemplate template) {
        return template.occasions().stream().map(Occasion::code).toList();
    }

    private static List<String> roles(FollowUpTemplate template) {
        return template.respondents().stream().map(r -> r.role().name()).toList();
    }

    @Override
    public FollowUpResponse correct(long id, long expectedRevision, byte[] questionnaireResponse,
            LocalDate answeredOn, Actor actor) {
        FollowUpResponse current = get(id, actor);
        ValidationException.Builder errors = ValidationException.builder();
        LocalDate day = answeredOn == null ? current.answeredOn() : answeredOn(answeredOn, today(), errors);
        errors.check(questionnaireResponse != null, "questionnaireResponse", "is required");
        errors.throwIfAny();
        if (current.status() == ResponseStatus.ENTERED_IN_ERROR) {
            throw new ConflictException("Response " + id + " is entered in error; submit a new one instead");
        }
        Enrolment enrolment = enrolments.find(current.enrolmentId()).orElseThrow(
                () -> new NotFoundException("enrolment", Long.toString(current.enrolmentId())));
        Respondent respondent = templates.version(current.templateCode(), current.templateVersion()).template()
                .respondent(current.role()).orElseThrow();
        List<Answer> answers = read(questionnaireResponse, enrolment, respondent);
        return change(current, expectedRevision, ResponseChangeKind.CORRECTED, day, answers, current.status(), null,
                actor);
    }

    @Override
    public FollowUpResponse enteredInError(long id, long expectedRevision, String reason, Actor actor) {
        FollowUpResponse current = get(id, actor);
        ValidationException.Builder errors = ValidationException.builder();
        if (reason == null || reason.isBlank()) {
            errors.add("reason", "is required: say what was wrong");
        } else if (reason.length() > DefaultEnrolments.LONGEST_REASON) {
            errors.add("reason", "must be at most " + DefaultEnrolments.LONGEST_REASON + " characters");
        } else {
            Text.multiLine("reason", reason, errors);
        }
        errors.throwIfAny();
        if (current.status() == ResponseStatus.ENTERED_IN_ERROR) {
            throw new ConflictException("Response " + id + " is entered in error already");
        }
        return change(current, expectedRevision, ResponseChangeKind.ENTERED_IN_ERROR, current.answeredOn(),
                current.answers(), ResponseStatus.ENTERED_IN_ERROR, reason.strip(), actor);
    }

    private FollowUpResponse change(FollowUpResponse c, long expectedRevision, ResponseChangeKind kind,
            LocalDate answeredOn, List<Answer> answers, ResponseStatus status, String errorReason, Actor actor) {
        FollowUpResponse stored = store.update(new FollowUpResponse(c.id(), c.enrolmentId(), c.unit(), c.client(),
                c.templateCode(), c.templateVersion(), c.occasion(), c.sequence(), c.role(), answeredOn, answers,
                status, errorReason, c.revision(), actor.userName(), now()), expectedRevision, kind);
        audit(kind, stored);
        return stored;
    }

    @Override
    public FollowUpResponse get(long id, Actor actor) {
        FollowUpResponse response = store.find(id).orElseThrow(() -> new NotFoundException("response",
                Long.toString(id)));
        actor.memberScope(Set.of(response.unit()));
        return response;
    }

    @Override
    public Page<FollowUpResponse> search(ResponseQuery query, Actor actor) {
        ValidationException.Builder errors = ValidationException.builder();
        errors.check(query.offset() >= 0, "offset", "must be 0 or more");
        errors.check(query.limit() >= 1 && query.limit() <= NonDeliveryQuery.MAX_LIMIT, "limit",
                "must be 1-" + NonDeliveryQuery.MAX_LIMIT);
        errors.check((query.from() == null) == (query.to() == null), query.from() == null ? "from" : "to",
                "is required with " + (query.from() == null ? "to" : "from"));
        if (query.from() != null && query.to() != null) {
            errors.check(!query.to().isBefore(query.from()), "to", "must not be before from");
        }
        errors.throwIfAny();
        UnitScope scope = actor.memberScope(query.units());
        if (scope.reachesNone()) {
            return new Page<>(List.of(), 0, query.offset(), query.limit());
        }
        return store.find(scope, query.enrolment(), query.template(), query.occasion(), query.role(), query.from(),
                query.to(), query.includeEnteredInError(), query.offset(), query.limit());
    }

    @Override
    public List<ResponseRevision> history(long id, Actor actor) {
        get(id, actor);
        return store.revisions(id);
    }

    private static void audit(ResponseChangeKind kind, FollowUpResponse r) {
        AUDIT.info("follow-up response {} {} enrolment={} unit={} template={} version={} occasion={} sequence={}"
                + " role={} answers={} revision={}", r.id(), kind, r.enrolmentId(), r.unit(), r.templateCode(),
                r.templateVersion(), r.occasion(), r.sequence(), r.role(), r.answers().size(), r.revision());
    }
}
