package se.folja.ibic.internal;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.folja.api.Actor;
import se.folja.api.Dates;
import se.folja.api.NotFoundException;
import se.folja.api.Page;
import se.folja.api.Text;
import se.folja.api.UnitScope;
import se.folja.api.ValidationException;
import se.folja.api.ibic.AreaKind;
import se.folja.api.ibic.Assessment;
import se.folja.api.ibic.AssessmentQuery;
import se.folja.api.ibic.AssessmentRequest;
import se.folja.api.ibic.AssessmentRevision;
import se.folja.api.ibic.Assessments;
import se.folja.api.ibic.IcfMapping;
import se.folja.api.ibic.LifeArea;
import se.folja.api.ibic.LifeAreaMapper;
import se.folja.api.ibic.LifeAreaSet;
import se.folja.api.ibic.Need;
import se.folja.api.ibic.NeedRequest;
import se.folja.api.ibic.TermKind;
import se.folja.api.ibic.TermMapping;
import se.folja.api.ibic.TermMappings;
import se.folja.api.lists.ListItem;
import se.folja.api.lists.ListKind;
import se.folja.api.lists.MaintainedLists;
import se.folja.api.person.PersonalIdentityNumber;
import se.folja.store.spi.AssessmentStore;

/**
 * Assessments: every field validated and every bad one named, needs resolved through the current term mapping and
 * life areas (whose versions the assessment keeps), reached by unit, corrected in revisions.
 */
@Component(service = Assessments.class)
public final class AssessmentService implements Assessments {

    private static final Logger AUDIT = LoggerFactory.getLogger("se.folja.audit");
    static final int MOST_NEEDS = 200;
    static final int LONGEST_TEXT = 2000;
    static final int LONGEST_NAME = 100;
    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    private final AssessmentStore store;
    private final LifeAreaMapper mapper;
    private final TermMappings mappings;
    private final MaintainedLists lists;
    private final Clock clock;

    @Activate
    public AssessmentService(@Reference AssessmentStore store, @Reference LifeAreaMapper mapper,
            @Reference TermMappings mappings, @Reference MaintainedLists lists) {
        this(store, mapper, mappings, lists, Clock.systemUTC());
    }

    AssessmentService(AssessmentStore store, LifeAreaMapper mapper, TermMappings mappings, MaintainedLists lists,
            Clock clock) {
        this.store = store;
        this.mapper = mapper;
        this.mappings = mappings;
        this.lists = lists;
        this.clock = clock;
    }

    @Override
    public Assessment record(AssessmentRequest request, Actor actor) {
        requireUnit(request, actor);
        ValidationException.Builder errors = ValidationException.builder();
        LocalDate today = LocalDate.now(clock.withZone(Dates.ZONE));
        PersonalIdentityNumber client = null;
        try {
            client = PersonalIdentityNumber.parse(request.client(), today);
            if (!store.clientExists(client)) {
                errors.add("client", "is not a known client: Följa knows a client from a grant, a"
                        + " registration or a journal entry");
            }
        } catch (IllegalArgumentException e) {
            errors.add("client", e.getMessage());
        }
        Assessment content = content(client, request, actor, today, errors);
        Assessment stored = store.insert(content);
        audit(AssessmentRevision.RECORDED, stored);
        return stored;
    }

    @Override
    public Assessment correct(long id, long expectedVersion, AssessmentRequest request, Actor actor) {
        Assessment current = get(id, actor);
        requireUnit(request, actor);
        ValidationException.Builder errors = ValidationException.builder();
        Assessment content = content(current.client(), request, actor, LocalDate.now(clock.withZone(Dates.ZONE)), errors);
        Assessment stored = store.correct(id, expectedVersion, content);
        audit(AssessmentRevision.CORRECTED, stored);
        return stored;
    }

    @Override
    public Assessment get(long id, Actor actor) {
        Assessment assessment = store.find(id).orElseThrow(() -> new NotFoundException("assessment",
                Long.toString(id)));
        actor.requireUnit(assessment.unit());
        return assessment;
    }

    @Override
    public List<AssessmentRevision> history(long id, Actor actor) {
        get(id, actor);
        return store.history(id);
    }

    @Override
    public Page<Assessment> search(AssessmentQuery query, Actor actor) {
        ValidationException.Builder errors = ValidationException.builder();
        if (query.offset() < 0) {
            errors.add("offset", "must be 0 or more");
        }
        if (query.limit() < 1 || query.limit() > AssessmentQuery.MAX_LIMIT) {
            errors.add("limit", "must be 1-" + AssessmentQuery.MAX_LIMIT);
        }
        if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
            errors.add("to", "must not be before from");
        }
        errors.throwIfAny();
        UnitScope scope = actor.unitScope(query.units());
        return scope.reachesNone() ? new Page<>(List.of(), 0, query.offset(), query.limit())
                : store.search(query, scope);
    }

    /** A unit the user does not belong to is refused before anything else is looked at. */
    private static void requireUnit(AssessmentRequest request, Actor actor) {
        if (request.unit() != null && !request.unit().isBlank()) {
            actor.requireUnit(request.unit().strip());
        }
    }

    /** @throws ValidationException naming every invalid field, the ones in {@code errors} among them */
    private Assessment content(PersonalIdentityNumber client, AssessmentRequest request, Actor actor, LocalDate today,
            ValidationException.Builder errors) {
        String unit = unit(request.unit(), errors);
        LocalDate assessedOn = assessedOn(request.assessedOn(), today, errors);
        String officer = request.caseOfficer() == null || request.caseOfficer().isBlank() ? actor.userName()
                : request.caseOfficer().strip();
        if (officer.length() > LONGEST_NAME || Text.problem(officer, false) != null) {
            errors.add("caseOfficer", "must be 1-" + LONGEST_NAME
                    + " characters without control characters");
        }
        long mappingVersion = mappings.current().info().version();
        LifeAreaSet areas = mapper.lifeAreas();
        List<Need> needs = needs(request.needs(), areas, errors);
        errors.throwIfAny();
        return new Assessment(0, client, unit, assessedOn, officer, mappingVersion, areas.version(), needs,
                actor.userName(), clock.instant().truncatedTo(ChronoUnit.MILLIS), 0);
    }

    private String unit(String code, ValidationException.Builder errors) {
        if (code == null || code.isBlank()) {
            errors.add("unit", "is required");
            return null;
        }
        try {
            ListItem unit = lists.item(ListKind.UNIT, code.strip());
            if (!unit.active()) {
                errors.add("unit", "is retired");
            }
            return unit.code();
        } catch (NotFoundException e) {
            errors.add("unit", "is not a known unit");
            return null;
        }
    }

    private static LocalDate assessedOn(String text, LocalDate today, ValidationException.Builder errors) {
        if (text == null || text.isBlank()) {
            errors.add("assessedOn", "is required, e.g. 2026-09-01");
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text.strip());
            if (day.isAfter(today) || day.isBefore(EARLIEST)) {
                errors.add("assessedOn", "must be between " + EARLIEST + " and today");
            }
            return day;
        } catch (DateTimeException e) {
            errors.add("assessedOn", "must be a date such as 2026-09-01");
            return null;
        }
    }

    private List<Need> needs(List<NeedRequest> requests, LifeAreaSet areas, ValidationException.Builder errors) {
        List<Need> needs = new ArrayList<>();
        if (requests == null || requests.isEmpty()) {
            errors.add("needs", "must hold at least one need");
            return needs;
        }
        if (requests.size() > MOST_NEEDS) {
            errors.add("needs", "must hold at most " + MOST_NEEDS + " needs");
            return needs;
        }
        for (int i = 0; i < requests.size(); i++) {
            Need need = need("needs[" + i + "]", requests.get(i), areas, errors);
            if (need != null) {
                needs.add(need);
            }
        }
        return needs;
    }

    private Need need(String at, NeedRequest request, LifeAreaSet areas, ValidationException.Builder errors) {
        if (request == null) {
            errors.add(at, "is required");
            return null;
        }
        int before = errors.size();
        String icf = null;
        String area = null;
        String term = null;
        int given = (blank(request.icf()) ? 0 : 1) + (blank(request.lifeArea()) ? 0 : 1)
                + (blank(request.term()) ? 0 : 1);
        if (given != 1) {
            errors.add(at, given == 0 ? "give icf, lifeArea or term"
                    : "give only one of icf, lifeArea and term");
        } else if (!blank(request.icf())) {
            try {
                IcfMapping mapping = mapper.map(at + ".icf", request.icf());
                icf = mapping.code().code();
                area = mapping.area().code();
            } catch (ValidationException e) {
                errors.addAll(e.errors());
            }
        } else if (!blank(request.lifeArea())) {
            Optional<LifeArea> found = areas.area(request.lifeArea().strip());
            if (found.isEmpty() || found.get().kind() == AreaKind.RELATED_FACTORS) {
                errors.add(at + ".lifeArea", "is not a life area: see GET /ibic/life-areas");
            } else {
                area = found.get().code();
            }
        } else {
            term = request.term().strip();
            Optional<TermMapping> mapping = mappings.resolve(TermKind.NEED_LABEL, term);
            if (mapping.isEmpty()) {
                errors.add(at + ".term", "is not a mapped need label: see GET /ibic/mappings");
            } else {
                icf = mapping.get().icf();
                area = mapping.get().lifeArea();
            }
        }
        Integer qualifier = request.qualifier();
        if (qualifier == null) {
            errors.add(at + ".qualifier", "is required: 0-4, 8 or 9");
        } else if (!Need.isQualifier(qualifier)) {
            errors.add(at + ".qualifier", "must be 0-4, 8 or 9");
        }
        if (request.goalQualifier() != null && !Need.isQualifier(request.goalQualifier())) {
            errors.add(at + ".goalQualifier", "must be 0-4, 8 or 9");
        }
        String goal = blank(request.goalText()) ? null : request.goalText().strip();
        if (goal != null && goal.length() > LONGEST_TEXT) {
            errors.add(at + ".goalText", "must be at most " + LONGEST_TEXT + " characters");
        } else {
            Text.multiLine(at + ".goalText", goal, errors);
        }
        return errors.size() > before ? null : new Need(icf, area, term, qualifier, request.goalQualifier(), goal);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static void audit(String change, Assessment a) {
        AUDIT.info("assessment {} {} unit={} needs={} mappingVersion={} version={}", a.id(), change, a.unit(),
                a.needs().size(), a.mappingVersion(), a.version());
    }
}
