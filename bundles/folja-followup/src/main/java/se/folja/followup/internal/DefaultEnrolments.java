package se.folja.followup.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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
import se.folja.api.followup.DueOccasion;
import se.folja.api.followup.DueQuery;
import se.folja.api.followup.Enablement;
import se.folja.api.followup.Enrolment;
import se.folja.api.followup.EnrolmentChangeKind;
import se.folja.api.followup.EnrolmentEndReason;
import se.folja.api.followup.EnrolmentProposal;
import se.folja.api.followup.EnrolmentQuery;
import se.folja.api.followup.EnrolmentRequest;
import se.folja.api.followup.EnrolmentRevision;
import se.folja.api.followup.EnrolmentStatus;
import se.folja.api.followup.Enrolments;
import se.folja.api.followup.FollowUpTemplate;
import se.folja.api.followup.FollowUpTemplates;
import se.folja.api.followup.Population;
import se.folja.api.followup.Respondent;
import se.folja.api.followup.RespondentRole;
import se.folja.api.nondelivery.Grant;
import se.folja.api.nondelivery.GrantQuery;
import se.folja.api.nondelivery.NonDeliveryQuery;
import se.folja.api.person.PersonalIdentityNumber;
import se.folja.store.spi.EnablementStore;
import se.folja.store.spi.EnrolmentStore;
import se.folja.store.spi.GrantStore;
import se.folja.store.spi.ResponseStore;

/**
 * Enrolments in follow-ups: checked against what is enabled for the unit, proposed from the unit's grants by the
 * template's population, ended or annulled rather than changed, and read only by members of the unit.
 */
@Component(service = Enrolments.class)
public final class DefaultEnrolments implements Enrolments {

    private static final Logger AUDIT = LoggerFactory.getLogger("se.folja.audit");
    static final int LONGEST_REASON = 2000;
    static final int LONGEST_LOGIN = 100;
    /** How far back a grant may start for a proposal's running time to be traced through earlier grants. */
    private static final int GRANT_HISTORY_YEARS = 25;

    private final EnrolmentStore store;
    private final ResponseStore responses;
    private final EnablementStore enablements;
    private final GrantStore grants;
    private final FollowUpTemplates templates;
    private final Clock clock;

    @Activate
    public DefaultEnrolments(@Reference EnrolmentStore store, @Reference ResponseStore responses,
            @Reference EnablementStore enablements, @Reference GrantStore grants,
            @Reference FollowUpTemplates templates) {
        this(store, responses, enablements, grants, templates, Clock.systemUTC());
    }

    DefaultEnrolments(EnrolmentStore store, ResponseStore responses, EnablementStore enablements, GrantStore grants,
            FollowUpTemplates templates, Clock clock) {
        this.store = store;
        this.responses = responses;
        this.enablements = enablements;
        this.grants = grants;
        this.templates = templates;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.ZONE));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    @Override
    public List<EnrolmentProposal> proposals(String unit, String template, Actor actor) {
        ValidationException.Builder errors = ValidationException.builder();
        errors.check(unit != null && !unit.isBlank(), "unit", "is required");
        errors.check(template != null && !template.isBlank(), "template", "is required");
        errors.throwIfAny();
        UnitScope scope = actor.memberScope(Set.of(unit.strip()));
        LocalDate today = today();
        Enablement enablement = inForce(unit.strip(), template.strip(), today)
                .orElseThrow(() -> ValidationException.of("template", "is not enabled for the unit today"));
        FollowUpTemplate followUp = templates.version(enablement.templateCode(), enablement.templateVersion())
                .template();
        Population population = followUp.population();
        Set<PersonalIdentityNumber> enrolled = store.enrolledClients(enablement.unit(), enablement.templateCode(),
                today);
        Map<PersonalIdentityNumber, EnrolmentProposal> proposals = new TreeMap<>(
                Comparator.comparing(PersonalIdentityNumber::digits));
        List<Grant> history = unitGrants(scope, today);
        for (Grant grant : history) {
            if (!validOn(grant, today) || enrolled.contains(grant.client())
                    || !(population.interventionTypes().isEmpty()
                            || population.interventionTypes().contains(grant.interventionType()))) {
                continue;
            }
            int age = grant.client().ageAt(today);
            LocalDate since = runningSince(grant, history);
            if (!population.ageYears().contains(age) || (population.interventionRunning() != null
                    && !population.interventionRunning().contains(since, today))) {
                continue;
            }
            EnrolmentProposal proposal = new EnrolmentProposal(grant.id(), grant.client(), grant.unit(),
                    grant.interventionType(), since, age, enablement.id(), enablement.templateCode(),
                    enablement.templateVersion());
            proposals.merge(grant.client(), proposal,
                    (a, b) -> b.runningSince().isBefore(a.runningSince()) ? b : a);
        }
        return List.copyOf(proposals.values());
    }

    /** Every active grant of the unit that started in the last {@value #GRANT_HISTORY_YEARS} years. */
    private List<Grant> unitGrants(UnitScope scope, LocalDate today) {
        List<Grant> all = new ArrayList<>();
        int offset = 0;
        while (true) {
            Page<Grant> page = grants.search(new GrantQuery(Set.of(), null, null,
                    today.minusYears(GRANT_HISTORY_YEARS), today, offset, NonDeliveryQuery.MAX_LIMIT), scope);
            all.addAll(page.items());
            offset += page.items().size();
            if (page.items().isEmpty() || offset >= page.total()) {
                return all;
            }
        }
    }

    private static boolean validOn(Grant grant, LocalDate day) {
        return grant.active() && !grant.validFrom().isAfter(day)
                && (grant.validTo() == null || !grant.validTo().isBefore(day));
    }

    /**
     * @return the first day of the intervention the grant is part of: its own, or that of the earliest grant of the
     *     same client, unit and type that it continues without a day's gap
     */
    static LocalDate runningSince(Grant grant, List<Grant> history) {
        LocalDate since = grant.validFrom();
        boolean extended = true;
        while (extended) {
            extended = false;
            for (Grant earlier : history) {
                if (earlier.active() && earlier.client().equals(grant.client()) && earlier.unit().equals(grant.unit())
                        && earlier.interventionType().equals(grant.interventionType())
                        && earlier.validFrom().isBefore(since)
                        && (earlier.validTo() == null || !earlier.validTo().plusDays(1).isBefore(since))) {
                    since = earlier.validFrom();
                    extended = true;
                }
            }
        }
        return since;
    }

    private java.util.Optional<Enablement> inForce(String unit, String template, LocalDate day) {
        return enablements.find(UnitScope.of(Set.of(unit)), template, day).stream()
                .filter(e -> e.inForceOn(day)).findFirst();
    }

    @Override
    public Enrolment enrol(EnrolmentRequest request, Actor actor) {
        ValidationException.Builder errors = ValidationException.builder();
        String template = required(request.template(), "template", errors);
        String unit = required(request.unit(), "unit", errors);
        if (unit != null) {
            actor.memberScope(Set.of(unit));
        }
        LocalDate today = today();
        PersonalIdentityNumber client = null;
        if (request.client() == null || request.client().isBlank()) {
            errors.add("client", "is required");
        } else {
            try {
                client = PersonalIdentityNumber.parse(request.client(), today);
            } catch (IllegalArgumentException e) {
                errors.add("client", e.getMessage());
            }
        }
        LocalDate start = request.start() != null ? request.start() : today;
        boolean startValid = Dates.check("start", start, errors);
        if (startValid && start.isAfter(today.plusYears(1))) {
            errors.add("start", "must be at most a year ahead");
            startValid = false;
        }
        String responsible = login(request.responsible(), errors);
        Enablement enablement = null;
        if (template != null && unit != null && startValid) {
            enablement = inForce(unit, template, start).orElse(null);
            if (enablement == null) {
                errors.add("template", "is not enabled for the unit on " + start);
            }
        }
        Grant grant = null;
        if (request.grant() != null) {
            grant = grants.find(request.grant()).orElse(null);
            if (grant == null || client == null || unit == null || !grant.client().equals(client)
                    || !grant.unit().equals(unit)) {
                errors.add("grant", "is not a grant of this client at this unit");
            } else if (!validOn(grant, start)) {
                errors.add("grant", "is not valid on the enrolment's first day");
            }
        }
        errors.throwIfAny();
        Enrolment stored = store.insert(new Enrolment(0, enablement.id(), enablement.templateCode(),
                enablement.templateVersion(), unit, client, grant == null ? null : grant.id(), responsible, start,
                null, null, EnrolmentStatus.ONGOING, null, 0, actor.userName(), now()));
        audit(EnrolmentChangeKind.ENROLLED, stored);
        return stored;
    }

    private static String required(String value, String field, ValidationException.Builder errors) {
        if (value == null || value.isBlank()) {
            errors.add(field, "is required");
            return null;
        }
        return value.strip();
    }

    private static String login(String value, ValidationException.Builder errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String login = value.strip();
        if (login.length() > LONGEST_LOGIN || !Text.oneLine("responsible", login, errors)) {
            if (login.length() > LONGEST_LOGIN) {
                errors.add("responsible", "must be a login name of at most " + LONGEST_LOGIN + " characters");
            }
            return null;
        }
        return login;
    }

    @Override
    public Enrolment end(long id, long expectedRevision, LocalDate end, EnrolmentEndReason reason, Actor actor) {
        Enrolment current = get(id, actor);
        ValidationException.Builder errors = ValidationException.builder();
        if (end == null) {
            errors.add("end", "is required");
        } else if (Dates.check("end", end, errors)) {
            errors.check(!end.isBefore(current.start()), "end", "must not be before the first day "
                    + current.start());
            errors.check(!end.isAfter(today()), "end", "must not be in the future: an enrolment is ended when it has"
                    + " ended");
        }
        errors.check(reason != null, "reason", "is required: COMPLETED, MOVED, DIED, DROPOUT or DECLINED");
        errors.throwIfAny();
        if (current.status() == EnrolmentStatus.ANNULLED) {
            throw new ConflictException("Enrolment " + id + " is annulled; it cannot be ended");
        }
        return change(current, expectedRevision, EnrolmentChangeKind.ENDED, current.responsible(), end, reason,
                EnrolmentStatus.ENDED, null, actor);
    }

    @Override
    public Enrolment assign(long id, long expectedRevision, String responsible, Actor actor) {
        Enrolment current = get(id, actor);
        ValidationException.Builder errors = ValidationException.builder();
        String login = login(responsible, errors);
        errors.throwIfAny();
        if (current.status() == EnrolmentStatus.ANNULLED) {
            throw new ConflictException("Enrolment " + id + " is annulled");
        }
        return change(current, expectedRevision, EnrolmentChangeKind.ASSIGNED, login, current.end(),
                current.endReason(), current.status(), null, actor);
    }

    @Override
    public Enrolment annul(long id, long expectedRevision, String reason, Actor actor) {
        Enrolment current = get(id, actor);
        ValidationException.Builder errors = ValidationException.builder();
        if (reason == null || reason.isBlank()) {
            errors.add("reason", "is required: say why it was entered by mistake");
        } else if (reason.length() > LONGEST_REASON) {
            errors.add("reason", "must be at most " + LONGEST_REASON + " characters");
        } else {
            Text.multiLine("reason", reason, errors);
        }
        errors.throwIfAny();
        if (current.status() == EnrolmentStatus.ANNULLED) {
            throw new ConflictException("Enrolment " + id + " is annulled already");
        }
        return change(current, expectedRevision, EnrolmentChangeKind.ANNULLED, current.responsible(), current.end(),
                current.endReason(), EnrolmentStatus.ANNULLED, reason.strip(), actor);
    }

    private Enrolment change(Enrolment c, long expectedRevision, EnrolmentChangeKind kind, String responsible,
            LocalDate end, EnrolmentEndReason reason, EnrolmentStatus status, String annulment, Actor actor) {
        Enrolment stored = store.update(new Enrolment(c.id(), c.enablementId(), c.templateCode(), c.templateVersion(),
                c.unit(), c.client(), c.grantId(), responsible, c.start(), end, reason, status, annulment,
                c.revision(), actor.userName(), now()), expectedRevision, kind);
        audit(kind, stored);
        return stored;
    }

    @Override
    public Enrolment get(long id, Actor actor) {
        Enrolment enrolment = store.find(id).orElseThrow(() -> new NotFoundException("enrolment",
                Long.toString(id)));
        actor.memberScope(Set.of(enrolment.unit()));
        return enrolment;
    }

    @Override
    public Page<Enrolment> list(EnrolmentQuery query, Actor actor) {
        ValidationException.Builder errors = ValidationException.builder();
        errors.check(query.offset() >= 0, "offset", "must be 0 or more");
        errors.check(query.limit() >= 1 && query.limit() <= NonDeliveryQuery.MAX_LIMIT, "limit",
                "must be 1-" + NonDeliveryQuery.MAX_LIMIT);
        errors.throwIfAny();
        UnitScope scope = actor.memberScope(query.units());
        if (scope.reachesNone()) {
            return new Page<>(List.of(), 0, query.offset(), query.limit());
        }
        return store.find(scope, query.template(), query.status(), query.responsible(), query.client(),
                query.offset(), query.limit());
    }

    @Override
    public List<EnrolmentRevision> history(long id, Actor actor) {
        get(id, actor);
        return store.revisions(id);
    }

    @Override
    public List<DueOccasion> due(DueQuery query, Actor actor) {
        UnitScope scope = actor.memberScope(query.units());
        if (scope.reachesNone()) {
            return List.of();
        }
        LocalDate on = query.on() != null ? query.on() : today();
        ValidationException.Builder errors = ValidationException.builder();
        Dates.check("on", on, errors);
        errors.throwIfAny();
        // an occasion after the end falls due at most 60 months after it (the format's longest delay)
        List<Enrolment> active = store.findActive(scope, query.responsible(),
                on.minusMonths(60).minusDays(OVERDUE_AFTER_DAYS));
        Set<ResponseStore.Answered> answered = responses.answered(active.stream().map(Enrolment::id).toList());
        Map<String, FollowUpTemplate> versions = new HashMap<>();
        List<DueOccasion> due = new ArrayList<>();
        for (Enrolment enrolment : active) {
            FollowUpTemplate template = versions.computeIfAbsent(enrolment.templateCode() + "|"
                    + enrolment.templateVersion(),
                    key -> templates.version(enrolment.templateCode(), enrolment.templateVersion()).template());
            for (OccasionSchedule.Due open : OccasionSchedule.open(template.occasions(), enrolment, on)) {
                List<RespondentRole> unanswered = new ArrayList<>();
                for (Respondent respondent : template.respondents()) {
                    if (!answered.contains(new ResponseStore.Answered(enrolment.id(), open.occasion().code(),
                            open.sequence(), respondent.role()))) {
                        unanswered.add(respondent.role());
                    }
                }
                boolean overdue = open.day().plusDays(OVERDUE_AFTER_DAYS).isBefore(on);
                if (!unanswered.isEmpty() && (overdue || !query.overdueOnly())) {
                    due.add(new DueOccasion(enrolment.id(), enrolment.client(), enrolment.unit(),
                            enrolment.responsible(), enrolment.templateCode(), enrolment.templateVersion(),
                            open.occasion().code(), open.sequence(), open.day(), unanswered, overdue));
                }
            }
        }
        due.sort(Comparator.comparing(DueOccasion::due).thenComparingLong(DueOccasion::enrolmentId)
                .thenComparing(DueOccasion::occasion).thenComparingInt(DueOccasion::sequence));
        return List.copyOf(due);
    }

    private static void audit(EnrolmentChangeKind kind, Enrolment e) {
        AUDIT.info("enrolment {} {} unit={} template={} version={} status={} revision={}", e.id(), kind, e.unit(),
                e.templateCode(), e.templateVersion(), e.status(), e.revision());
    }
}
