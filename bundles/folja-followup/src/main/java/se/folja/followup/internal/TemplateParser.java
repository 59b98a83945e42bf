package se.folja.followup.internal;

import java.math.BigDecimal;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import se.folja.api.followup.AgeRange;
import se.folja.api.followup.AgeThreshold;
import se.folja.api.followup.FollowUpTemplate;
import se.folja.api.followup.LocalizedText;
import se.folja.api.followup.Occasion;
import se.folja.api.followup.OccasionKind;
import se.folja.api.followup.Population;
import se.folja.api.followup.QuestionType;
import se.folja.api.followup.Questionnaire;
import se.folja.api.followup.Respondent;
import se.folja.api.followup.RespondentRole;
import se.folja.api.followup.RunningTime;
import se.folja.api.followup.ScoringScale;

/**
 * Reads Följa's envelope of a follow-up template (code, titles, population, respondents, occasions, scoring),
 * handing each respondent's questionnaire to a {@link QuestionnaireParser}. One parser per document.
 */
final class TemplateParser {

    static final String RESOURCE_TYPE = "FoljaFollowUpTemplate";

    private static final Pattern CODE = Pattern.compile("[A-Z0-9_-]{2,40}");
    private static final Pattern INTERVENTION_TYPE = Pattern.compile("[A-Z0-9_]{1,40}");
    private static final Pattern LOCAL_CODE = Pattern.compile("[a-z0-9-]{1,40}");
    /** The average length of a month in days (400 Gregorian years), to compare periods such as P1M and P30D. */
    private static final double DAYS_PER_MONTH = 365.2425 / 12;

    private static final Set<String> ENVELOPE_KEYS = Set.of("resourceType", "code", "title", "purpose",
            "population", "respondents", "occasions", "scoring");

    private final Errors errors;

    TemplateParser(Errors errors) {
        this.errors = errors;
    }

    /** @return the template, or null if the document had an error */
    FollowUpTemplate parse(JsonNode root) {
        if (root == null || !root.isObject()) {
            errors.add("$", "must be a JSON object: a follow-up template");
            return null;
        }
        Node t = Node.object(root, "$", errors, false);
        t.allow(ENVELOPE_KEYS, Map.of(), "is not a property of a follow-up template (allowed: resourceType, code, "
                + "title, purpose, population, respondents, occasions, scoring)");
        String resourceType = t.string("resourceType", true);
        if (resourceType != null && !RESOURCE_TYPE.equals(resourceType)) {
            errors.add(t.at("resourceType"), "must be " + RESOURCE_TYPE);
        }
        String code = t.string("code", true);
        if (code != null && !CODE.matcher(code).matches()) {
            errors.add(t.at("code"), "must be 2-40 characters A-Z, 0-9, '_' and '-'");
        }
        LocalizedText title = text(t.object("title", true), 200, false);
        LocalizedText purpose = text(t.object("purpose", false), 2000, true);
        Node populationNode = t.object("population", false);
        Population population = populationNode == null ? Population.EVERYONE : population(populationNode);

        Map<RespondentRole, Map<String, QuestionType>> types = new EnumMap<>(RespondentRole.class);
        List<Respondent> respondents = respondents(t, types);
        List<Occasion> occasions = occasions(t);
        List<ScoringScale> scoring = scoring(t, types);
        if (errors.count() > 0) {
            return null;
        }
        return new FollowUpTemplate(code, title, purpose, population, respondents, occasions, scoring);
    }

    private LocalizedText text(Node text, int maxLength, boolean lineBreaks) {
        if (text == null) {
            return null;
        }
        int before = errors.count();
        text.allow(Set.of("sv", "en"), Map.of(), "is not a language of Följa's texts (sv, en)");
        String sv = lineBreaks ? text.multiLine("sv", true, maxLength) : text.oneLine("sv", true, maxLength);
        String en = lineBreaks ? text.multiLine("en", false, maxLength) : text.oneLine("en", false, maxLength);
        return errors.count() > before ? null : new LocalizedText(sv, en);
    }

    private Population population(Node p) {
        int before = errors.count();
        p.allow(Set.of("interventionTypes", "ageYears", "interventionRunning"), Map.of(),
                "is not a property of a population (allowed: interventionTypes, ageYears, interventionRunning)");
        List<String> interventionTypes = new ArrayList<>();
        List<JsonNode> types = p.array("interventionTypes", false, 0, 100);
        if (types != null) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < types.size(); i++) {
                String path = p.at("interventionTypes") + "[" + i + "]";
                String type = Node.string(types.get(i), path, errors);
                if (type == null) {
                    continue;
                }
                if (!INTERVENTION_TYPE.matcher(type).matches()) {
                    errors.add(path, "must be an intervention type code: 1-40 characters A-Z, 0-9 and '_'");
                } else if (!seen.add(type)) {
                    errors.add(path, "must not appear twice");
                } else {
                    interventionTypes.add(type);
                }
            }
        }
        Node ages = p.object("ageYears", false);
        AgeRange ageYears = ages == null ? AgeRange.ANY : ageRange(ages);
        Node running = p.object("interventionRunning", false);
        RunningTime interventionRunning = running == null ? null : runningTime(running);
        return errors.count() > before ? null : new Population(interventionTypes, ageYears, interventionRunning);
    }

    private AgeRange ageRange(Node ages) {
        int before = errors.count();
        ages.allow(Set.of("min", "max"), Map.of(), "is not a property of an age range (allowed: min, max)");
        Integer min = ages.integer("min", false, 0, 130);
        Integer max = ages.integer("max", false, 0, 130);
        if (min != null && max != null && min > max) {
            errors.add(ages.at("max"), "must not be less than min");
        }
        return errors.count() > before ? null : new AgeRange(min, max);
    }

    private RunningTime runningTime(Node running) {
        int before = errors.count();
        running.allow(Set.of("min", "max"), Map.of(), "is not a property of a running time (allowed: min, max)");
        Period min = period(running, "min");
        Period max = period(running, "max");
        if (min != null && max != null && days(min) > days(max)) {
            errors.add(running.at("max"), "must not be shorter than min (a month counted as 30.44 days)");
        }
        return errors.count() > before ? null : new RunningTime(min, max);
    }

    private Period period(Node node, String name) {
        String text = node.string(name, false);
        if (text == null) {
            return null;
        }
        try {
            Period period = Period.parse(text);
            if (period.isNegative()) {
                errors.add(node.at(name), "must not be negative");
                return null;
            }
            return period;
        } catch (DateTimeParseException e) {
            errors.add(node.at(name), "must be an ISO-8601 period of years, months, weeks and days, e.g. P3M");
            return null;
        }
    }

    private static double days(Period period) {
        return period.toTotalMonths() * DAYS_PER_MONTH + period.getDays();
    }

    private List<Respondent> respondents(Node t, Map<RespondentRole, Map<String, QuestionType>> types) {
        List<JsonNode> nodes = t.array("respondents", true, 1, RespondentRole.values().length);
        if (nodes == null) {
            return List.of();
        }
        List<Respondent> respondents = new ArrayList<>();
        for (int i = 0; i < nodes.size() && !errors.full(); i++) {
            Node r = Node.object(nodes.get(i), t.at("respondents") + "[" + i + "]", errors, false);
            if (r == null) {
                continue;
            }
            r.allow(Set.of("role", "questionnaire"), Map.of(),
                    "is not a property of a respondent (allowed: role, questionnaire)");
            RespondentRole role = role(r, "role");
            if (role != null && types.containsKey(role)) {
                errors.add(r.at("role"), "must not appear twice: each role answers one questionnaire");
                role = null;
            }
            JsonNode value = r.get("questionnaire", true);
            if (value == null) {
                continue;
            }
            QuestionnaireParser parser = new QuestionnaireParser(errors);
            Questionnaire questionnaire = parser.parse(value, r.at("questionnaire"));
            if (role != null) {
                types.put(role, parser.types());
                if (questionnaire != null) {
                    respondents.add(new Respondent(role, questionnaire));
                }
            }
        }
        return respondents;
    }

    private RespondentRole role(Node node, String name) {
        String role = node.string(name, true);
        if (role == null) {
            return null;
        }
        for (RespondentRole r : RespondentRole.values()) {
            if (r.name().equals(role)) {
                return r;
            }
        }
        errors.add(node.at(name), "must be CASE_OFFICER, PROVIDER or CLIENT");
        return null;
    }

    private List<Occasion> occasions(Node t) {
        List<JsonNode> nodes = t.array("occasions", true, 1, 20);
        if (nodes == null) {
            return List.of();
        }
        List<Occasion> occasions = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            int before = errors.count();
            Node o = Node.object(nodes.get(i), t.at("occasions") + "[" + i + "]", errors, false);
            if (o == null) {
                continue;
            }
            o.allow(Set.of("code", "kind", "weeks", "months"), Map.of(),
                    "is not a property of an occasion (allowed: code, kind, weeks, months)");
            String code = localCode(o, codes, "must be unique among the occasions");
            OccasionKind kind = null;
            String kindName = o.string("kind", true);
            if (kindName != null) {
                for (OccasionKind k : OccasionKind.values()) {
                    if (k.name().equals(kindName)) {
                        kind = k;
                    }
                }
                if (kind == null) {
                    errors.add(o.at("kind"), "must be BASELINE, EVERY_N_WEEKS, AT_END or MONTHS_AFTER_END");
                }
            }
            Integer weeks = null;
            Integer months = null;
            if (kind == OccasionKind.EVERY_N_WEEKS) {
                weeks = o.integer("weeks", true, 1, 104);
            } else if (kind != null && o.has("weeks")) {
                errors.add(o.at("weeks"), "is only for kind EVERY_N_WEEKS");
            }
            if (kind == OccasionKind.MONTHS_AFTER_END) {
                months = o.integer("months", true, 1, 60);
            } else if (kind != null && o.has("months")) {
                errors.add(o.at("months"), "is only for kind MONTHS_AFTER_END");
            }
            if (errors.count() == before) {
                occasions.add(new Occasion(code, kind, weeks, months));
            }
        }
        return occasions;
    }

    private String localCode(Node node, Set<String> codes, String duplicate) {
        String code = node.string("code", true);
        if (code == null) {
            return null;
        }
        if (!LOCAL_CODE.matcher(code).matches()) {
            errors.add(node.at("code"), "must be 1-40 characters a-z, 0-9 and '-'");
            return null;
        }
        if (!codes.add(code)) {
            errors.add(node.at("code"), duplicate);
            return null;
        }
        return code;
    }

    private List<ScoringScale> scoring(Node t, Map<RespondentRole, Map<String, QuestionType>> types) {
        List<JsonNode> nodes = t.array("scoring", false, 0, 20);
        if (nodes == null) {
            return List.of();
        }
        List<ScoringScale> scales = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            int before = errors.count();
            Node s = Node.object(nodes.get(i), t.at("scoring") + "[" + i + "]", errors, false);
            if (s == null) {
                continue;
            }
            s.allow(Set.of("code", "title", "respondent", "sumOf", "higherIsBetter", "clinicalCutoff",
                    "reliableChange"), Map.of(), "is not a property of a scoring scale (allowed: code, title, "
                            + "respondent, sumOf, higherIsBetter, clinicalCutoff, reliableChange)");
            String code = localCode(s, codes, "must be unique among the scoring scales");
            LocalizedText title = text(s.object("title", true), 200, false);
            RespondentRole role = role(s, "respondent");
            Map<String, QuestionType> items = role == null ? null : types.get(role);
            if (role != null && items == null && !errors.full()) {
                errors.add(s.at("respondent"), "must be one of the template's respondent roles");
            }
            List<String> sumOf = sumOf(s, role, items);
            Boolean higher = s.bool("higherIsBetter");
            List<AgeThreshold> cutoff = thresholds(s, "clinicalCutoff");
            List<AgeThreshold> change = thresholds(s, "reliableChange");
            if (errors.count() == before) {
                scales.add(new ScoringScale(code, title, role, sumOf, higher == null || higher, cutoff, change));
            }
        }
        return scales;
    }

    private List<String> sumOf(Node s, RespondentRole role, Map<String, QuestionType> items) {
        List<JsonNode> nodes = s.array("sumOf", true, 1, 100);
        if (nodes == null) {
            return List.of();
        }
        List<String> linkIds = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            String path = s.at("sumOf") + "[" + i + "]";
            String linkId = Node.string(nodes.get(i), path, errors);
            if (linkId == null) {
                continue;
            }
            if (linkIds.contains(linkId)) {
                errors.add(path, "must not appear twice");
            } else if (items != null && !items.containsKey(linkId)) {
                errors.add(path, "must be the linkId of an item of the " + role + " questionnaire");
            } else if (items != null && items.get(linkId) != null && !items.get(linkId).isNumeric()) {
                errors.add(path, "must name an integer or decimal item");
            }
            linkIds.add(linkId);
        }
        return linkIds;
    }

    private List<AgeThreshold> thresholds(Node s, String name) {
        List<JsonNode> nodes = s.array(name, false, 0, 20);
        if (nodes == null) {
            return List.of();
        }
        List<AgeThreshold> thresholds = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            int before = errors.count();
            String path = s.at(name) + "[" + i + "]";
            Node th = Node.object(nodes.get(i), path, errors, false);
            if (th == null) {
                continue;
            }
            th.allow(Set.of("ageYears", "value"), Map.of(), "is not a property of a threshold (allowed: ageYears, "
                    + "value)");
            Node ages = th.object("ageYears", false);
            AgeRange range = ages == null ? AgeRange.ANY : ageRange(ages);
            BigDecimal value = th.number("value", true);
            if (value != null && value.signum() < 0) {
                errors.add(th.at("value"), "must be 0 or more");
            }
            if (errors.count() != before) {
                continue;
            }
            for (int j = 0; j < thresholds.size(); j++) {
                if (thresholds.get(j).ageYears().overlaps(range)) {
                    errors.add(th.at("ageYears"), "must not overlap the age range of " + paths.get(j));
                }
            }
            thresholds.add(new AgeThreshold(range, value));
            paths.add(name + "[" + i + "]");
        }
        return thresholds;
    }
}
