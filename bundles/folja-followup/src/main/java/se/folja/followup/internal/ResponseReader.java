package se.folja.followup.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import se.folja.api.Text;
import se.folja.api.ValidationException;
import se.folja.api.followup.Answer;
import se.folja.api.followup.AnswerValue;
import se.folja.api.followup.Coding;
import se.folja.api.followup.EnableBehavior;
import se.folja.api.followup.EnableWhen;
import se.folja.api.followup.FollowUpValueSets;
import se.folja.api.followup.Item;
import se.folja.api.followup.QuestionType;
import se.folja.api.followup.Questionnaire;

/**
 * Reads a FHIR R4 {@code QuestionnaireResponse} (JSON) to one questionnaire and checks every answer against it:
 * the item tree mirrors the questionnaire's (a group's answers inside the group's item, a repeating group once
 * per entry), each answer has the value type of its question and is within its options, code list, range,
 * decimal places and length; a required question that is shown is answered; a question whose conditions
 * ({@code enableWhen}) do not hold is not. All or nothing: every error found is reported, each naming the
 * question as {@code item[<linkId>]} or, for the response's structure, the JSON path.
 *
 * <p>The answers come back in the questionnaire's order, whatever order the response gave them in.
 */
final class ResponseReader {

    /** The codes a reason-code or life-area question accepts. */
    record Codes(Predicate<String> reasonCode, Predicate<String> lifeArea) {
        Codes {
            Objects.requireNonNull(reasonCode, "reasonCode");
            Objects.requireNonNull(lifeArea, "lifeArea");
        }
    }

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2}))?)?)?");
    private static final Set<String> RESPONSE_PROPERTIES = Set.of("resourceType", "id", "language", "status",
            "questionnaire", "authored", "item");
    private static final Map<String, String> RESPONSE_REFUSED = Map.of(
            "subject", "is not taken: the enrolment names the client",
            "author", "is not taken: Följa records who submitted the response",
            "source", "is not taken: the respondent role is given with the response",
            "meta", "is not taken: Följa keeps the response's versions itself",
            "text", "is not taken: the narrative is not stored",
            "contained", "is not taken: a response holds answers only",
            "extension", "is not supported",
            "modifierExtension", "is not supported");
    private static final Set<String> ITEM_PROPERTIES = Set.of("linkId", "text", "answer", "item");
    private static final Map<String, String> ITEM_REFUSED = Map.of(
            "definition", "is not supported",
            "extension", "is not supported",
            "modifierExtension", "is not supported");
    private static final Set<String> CODING_PROPERTIES = Set.of("system", "version", "code", "display",
            "userSelected");
    private static final int MAX_ITEMS = 5000;

    private final Codes codes;

    ResponseReader(Codes codes) {
        this.codes = Objects.requireNonNull(codes, "codes");
    }

    /**
     * @param json the QuestionnaireResponse, UTF-8 JSON
     * @param questionnaire the questionnaire it answers
     * @param url the questionnaire's canonical url, which the response's {@code questionnaire} may name (alone or
     *     with {@code |version})
     * @param version the template version
     * @return the answers, in the questionnaire's order
     * @throws ValidationException with every error found, at most {@link se.folja.api.followup.FollowUpTemplateReader#MAX_ERRORS}
     */
    List<Answer> read(byte[] json, Questionnaire questionnaire, String url, int version) {
        JsonNode root = JsonTemplateReader.parse(json);
        Errors errors = new Errors();
        Node response = Node.object(root, "$", errors, true);
        if (response == null) {
            errors.throwIfAny();
        }
        response.allow(RESPONSE_PROPERTIES, RESPONSE_REFUSED, "is not a property of a QuestionnaireResponse Följa takes");
        String type = response.string("resourceType", true);
        if (type != null && !type.equals("QuestionnaireResponse")) {
            errors.add(response.at("resourceType"), "must be QuestionnaireResponse");
        }
        String status = response.string("status", true);
        if (status != null && !status.equals("completed")) {
            errors.add(response.at("status"), "must be completed: Följa stores finished responses only");
        }
        String canonical = response.string("questionnaire", false);
        if (canonical != null && !canonical.equals(url) && !canonical.equals(url + "|" + version)) {
            errors.add(response.at("questionnaire"), "must be " + url + "|" + version
                    + ", the questionnaire of this occasion and role");
        }
        String authored = response.string("authored", false);
        if (authored != null && !DATE_TIME.matcher(authored).matches()) {
            errors.add(response.at("authored"), "must be a FHIR dateTime, e.g. 2026-05-01T10:00:00+02:00");
        }
        response.oneLine("id", false, 64);
        String language = response.string("language", false);
        if (language != null && !language.equals("sv") && !language.equals("en")) {
            errors.add(response.at("language"), "must be sv or en");
        }
        Given given = new Given();
        List<JsonNode> items = response.array("item", false, 1, MAX_ITEMS);
        if (items != null) {
            readLevel(items, response.at("item"), questionnaire.items(), List.of(), given, errors);
        }
        if (errors.count() == 0) {
            Depths depths = new Depths(questionnaire.items());
            check(questionnaire.items(), List.of(), true, given, depths, errors);
        }
        errors.throwIfAny();
        List<Answer> answers = new ArrayList<>();
        collect(questionnaire.items(), List.of(), given, answers);
        return answers;
    }

    /** The values given, by question and entry of the enclosing repeating groups; and each group entry given. */
    private static final class Given {
        final Map<Key, List<AnswerValue>> values = new HashMap<>();
        final Map<Key, Integer> groupEntries = new HashMap<>();

        List<AnswerValue> get(String linkId, List<Integer> instances) {
            return values.getOrDefault(new Key(linkId, instances), List.of());
        }
    }

    private record Key(String linkId, List<Integer> instances) {
    }

    /** How many repeating groups enclose each item. */
    private static final class Depths {
        final Map<String, Integer> depth = new HashMap<>();
        final Map<String, Item> item = new HashMap<>();

        Depths(List<Item> items) {
            walk(items, 0);
        }

        private void walk(List<Item> items, int enclosing) {
            for (Item it : items) {
                depth.put(it.linkId(), enclosing);
                item.put(it.linkId(), it);
                walk(it.items(), enclosing + (it.type() == QuestionType.GROUP && it.repeats() ? 1 : 0));
            }
        }
    }

    private void readLevel(List<JsonNode> nodes, String path, List<Item> defs, List<Integer> instances, Given given,
            Errors errors) {
        Map<String, Item> byLinkId = new LinkedHashMap<>();
        defs.forEach(d -> byLinkId.put(d.linkId(), d));
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            String at = path + "[" + i + "]";
            Node node = Node.object(nodes.get(i), at, errors, true);
            if (node == null) {
                continue;
            }
            node.allow(ITEM_PROPERTIES, ITEM_REFUSED, "is not a property of a response item Följa takes");
            String linkId = node.string("linkId", true);
            if (linkId == null) {
                continue;
            }
            Item def = byLinkId.get(linkId);
            String field = field(linkId);
            if (def == null) {
                errors.add(field, "is not a question of the questionnaire at this place (" + at + ")");
                continue;
            }
            node.multiLine("text", false, 4000);
            int entry = seen.merge(linkId, 1, Integer::sum);
            boolean repeatingGroup = def.type() == QuestionType.GROUP && def.repeats();
            if (entry > 1 && !repeatingGroup) {
                errors.add(field, "appears more than once; only a repeating group may");
                continue;
            }
            switch (def.type()) {
                case GROUP -> {
                    if (node.has("answer")) {
                        errors.add(field, "is a group: it takes no answer, its questions do");
                    }
                    List<Integer> inner = instances;
                    if (repeatingGroup) {
                        inner = new ArrayList<>(instances);
                        inner.add(entry);
                        inner = List.copyOf(inner);
                    }
                    given.groupEntries.merge(new Key(linkId, instances), 1, Integer::sum);
                    List<JsonNode> children = node.array("item", false, 1, MAX_ITEMS);
                    if (children != null) {
                        readLevel(children, node.at("item"), def.items(), inner, given, errors);
                    }
                }
                case DISPLAY -> {
                    if (node.has("answer") || node.has("item")) {
                        errors.add(field, "is a text to read: it takes no answer");
                    }
                }
                default -> {
                    if (node.has("item")) {
                        errors.add(field, "is a question: it holds no items");
                    }
                    List<JsonNode> answers = node.array("answer", false, 1, 100);
                    if (answers != null) {
                        readAnswers(answers, node.at("answer"), def, instances, given, errors);
                    }
                }
            }
        }
    }

    private void readAnswers(List<JsonNode> answers, String path, Item def, List<Integer> instances, Given given,
            Errors errors) {
        String field = field(def.linkId());
        if (answers.size() > 1 && !def.repeats()) {
            errors.add(field, "takes one answer, " + answers.size() + " were given");
            return;
        }
        List<AnswerValue> values = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            Node answer = Node.object(answers.get(i), path + "[" + i + "]", errors, true);
            if (answer == null) {
                continue;
            }
            String expected = valueProperty(def.type());
            JsonNode value = null;
            boolean otherValue = false;
            for (var names = answers.get(i).fieldNames(); names.hasNext();) {
                String name = names.next();
                if (name.equals(expected)) {
                    value = answers.get(i).get(name);
                } else if (name.startsWith("value")) {
                    errors.add(field, "must be answered with " + expected + ", not " + name);
                    otherValue = true;
                } else {
                    errors.add(answer.at(name), name.equals("item") ? "is not supported: a question holds no items"
                            : "is not a property of an answer");
                }
            }
            if (value == null || value.isNull()) {
                if (value == null && !otherValue) {
                    errors.add(field, "has an answer without " + expected);
                } else if (value != null) {
                    errors.add(field, "must not be answered with null (leave the answer out instead)");
                }
                continue;
            }
            AnswerValue read = value(def, value, field, errors);
            if (read != null) {
                if (values.contains(read)) {
                    errors.add(field, "gives the same answer twice");
                } else {
                    values.add(read);
                }
            }
        }
        if (!values.isEmpty()) {
            given.values.put(new Key(def.linkId(), instances), List.copyOf(values));
        }
    }

    private static String valueProperty(QuestionType type) {
        return switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, REASON_CODE, LIFE_AREA -> "valueCoding";
            case INTEGER -> "valueInteger";
            case DECIMAL -> "valueDecimal";
            case DATE -> "valueDate";
            case BOOLEAN -> "valueBoolean";
            case SHORT_TEXT, LONG_TEXT -> "valueString";
            case GROUP, DISPLAY -> throw new IllegalArgumentException("no answer to a " + type);
        };
    }

    private AnswerValue value(Item def, JsonNode value, String field, Errors errors) {
        return switch (def.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, REASON_CODE, LIFE_AREA -> coding(def, value, field, errors);
            case INTEGER -> integer(def, value, field, errors);
            case DECIMAL -> decimal(def, value, field, errors);
            case DATE -> date(def, value, field, errors);
            case BOOLEAN -> {
                if (!value.isBoolean()) {
                    errors.add(field, "must be answered true or false");
                    yield null;
                }
                yield new AnswerValue.OfBoolean(value.booleanValue());
            }
            case SHORT_TEXT, LONG_TEXT -> text(def, value, field, errors);
            case GROUP, DISPLAY -> null;
        };
    }

    private AnswerValue coding(Item def, JsonNode value, String field, Errors errors) {
        if (!value.isObject()) {
            errors.add(field, "must be answered with a Coding (an object with code)");
            return null;
        }
        for (var it = value.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!CODING_PROPERTIES.contains(name)) {
                errors.add(field, "has a Coding with " + name + ", which a Coding does not have");
                return null;
            }
        }
        JsonNode codeNode = value.get("code");
        JsonNode systemNode = value.get("system");
        if (codeNode == null || !codeNode.isTextual() || codeNode.asText().isBlank()) {
            errors.add(field, "must be answered with a Coding that has a code");
            return null;
        }
        if (systemNode != null && (!systemNode.isTextual() || systemNode.asText().isBlank())) {
            errors.add(field, "has a Coding whose system is not a URI");
            return null;
        }
        String code = codeNode.asText();
        String system = systemNode == null ? null : systemNode.asText();
        switch (def.type()) {
            case REASON_CODE -> {
                return catalogueCode(code, system, FollowUpValueSets.REASON_CODE_SYSTEM, codes.reasonCode(),
                        "an active code of the reason catalogue", field, errors);
            }
            case LIFE_AREA -> {
                return catalogueCode(code, system, FollowUpValueSets.IBIC_LIFE_AREA_SYSTEM, codes.lifeArea(),
                        "an IBIC life area", field, errors);
            }
            default -> {
                for (Coding option : def.options()) {
                    if (option.code().equals(code) && (system == null || system.equals(option.system()))) {
                        return new AnswerValue.OfCoding(new Coding(option.system(), code, null));
                    }
                }
                errors.add(field, "must be one of the question's options: " + def.options().stream()
                        .map(Coding::code).toList());
                return null;
            }
        }
    }

    private static AnswerValue catalogueCode(String code, String system, String expectedSystem,
            Predicate<String> known, String what, String field, Errors errors) {
        if (system != null && !system.equals(expectedSystem)) {
            errors.add(field, "must be a code of " + expectedSystem);
            return null;
        }
        if (!known.test(code)) {
            errors.add(field, "must be " + what);
            return null;
        }
        return new AnswerValue.OfCoding(new Coding(expectedSystem, code, null));
    }

    private static AnswerValue integer(Item def, JsonNode value, String field, Errors errors) {
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            errors.add(field, "must be answered with a whole number (a FHIR integer, at most 2147483647)");
            return null;
        }
        BigDecimal number = BigDecimal.valueOf(value.intValue());
        return inRange(def, number, field, errors) ? new AnswerValue.OfInteger(value.intValue()) : null;
    }

    private static AnswerValue decimal(Item def, JsonNode value, String field, Errors errors) {
        if (!value.isNumber()) {
            errors.add(field, "must be answered with a number");
            return null;
        }
        BigDecimal number = value.decimalValue();
        BigDecimal plain = number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
        if (def.decimalPlaces() != null && Math.max(plain.scale(), 0) > def.decimalPlaces()) {
            errors.add(field, "must have at most " + def.decimalPlaces() + " decimal place"
                    + (def.decimalPlaces() == 1 ? "" : "s"));
            return null;
        }
        return inRange(def, number, field, errors) ? new AnswerValue.OfDecimal(number) : null;
    }

    private static boolean inRange(Item def, BigDecimal number, String field, Errors errors) {
        if (def.numberRange() == null) {
            return true;
        }
        BigDecimal min = def.numberRange().min();
        BigDecimal max = def.numberRange().max();
        if ((min != null && number.compareTo(min) < 0) || (max != null && number.compareTo(max) > 0)) {
            errors.add(field, "must be " + (min == null ? "at most " + max.toPlainString()
                    : max == null ? "at least " + min.toPlainString()
                    : "between " + min.toPlainString() + " and " + max.toPlainString()));
            return false;
        }
        return true;
    }

    private static AnswerValue date(Item def, JsonNode value, String field, Errors errors) {
        LocalDate date = null;
        if (value.isTextual() && DATE.matcher(value.asText()).matches()) {
            try {
                date = LocalDate.parse(value.asText());
            } catch (DateTimeParseException e) {
                date = null;
            }
        }
        if (date == null) {
            errors.add(field, "must be answered with a whole date, YYYY-MM-DD");
            return null;
        }
        if (def.dateRange() != null) {
            LocalDate min = def.dateRange().min();
            LocalDate max = def.dateRange().max();
            if ((min != null && date.isBefore(min)) || (max != null && date.isAfter(max))) {
                errors.add(field, "must be " + (min == null ? "on or before " + max
                        : max == null ? "on or after " + min : "between " + min + " and " + max));
                return null;
            }
        }
        return new AnswerValue.OfDate(date);
    }

    private static AnswerValue text(Item def, JsonNode value, String field, Errors errors) {
        if (!value.isTextual() || value.asText().isBlank()) {
            errors.add(field, "must be answered with a text that is not blank");
            return null;
        }
        String text = value.asText();
        int max = def.maxLength() != null ? def.maxLength() : def.type() == QuestionType.SHORT_TEXT ? 500 : 4000;
        if (text.length() > max) {
            errors.add(field, "must be at most " + max + " characters");
            return null;
        }
        ValidationException.Builder problem = ValidationException.builder();
        boolean ok = def.type() == QuestionType.SHORT_TEXT ? Text.oneLine(field, text, problem)
                : Text.multiLine(field, text, problem);
        if (!ok) {
            problem.errors().forEach(e -> errors.add(field, e.message()));
            return null;
        }
        return new AnswerValue.OfString(text);
    }

    /** Required questions that are shown are answered; questions that are not shown are not. */
    private void check(List<Item> defs, List<Integer> instances, boolean shown, Given given, Depths depths,
            Errors errors) {
        for (Item def : defs) {
            boolean enabled = shown && enabled(def, instances, given, depths);
            String field = field(def.linkId());
            if (def.type() == QuestionType.GROUP) {
                int entries = given.groupEntries.getOrDefault(new Key(def.linkId(), instances), 0);
                if (def.repeats()) {
                    for (int entry = 1; entry <= entries; entry++) {
                        List<Integer> inner = new ArrayList<>(instances);
                        inner.add(entry);
                        check(def.items(), List.copyOf(inner), enabled, given, depths, errors);
                    }
                    if (enabled && def.required() && entries == 0) {
                        errors.add(field, "is required: give at least one entry");
                    }
                } else {
                    check(def.items(), instances, enabled, given, depths, errors);
                    if (enabled && def.required() && !anyAnswer(def.items(), given)) {
                        errors.add(field, "is required: answer at least one of its questions");
                    }
                }
            } else if (def.type() != QuestionType.DISPLAY) {
                boolean answered = !given.get(def.linkId(), instances).isEmpty();
                if (answered && !enabled) {
                    errors.add(field, "is answered, but its condition (enableWhen) is not met");
                } else if (!answered && enabled && def.required()) {
                    errors.add(field, "is required");
                }
            }
        }
    }

    static boolean anyAnswer(List<Item> defs, Given given) {
        for (Item def : defs) {
            for (Key key : given.values.keySet()) {
                if (key.linkId().equals(def.linkId())) {
                    return true;
                }
            }
            if (anyAnswer(def.items(), given)) {
                return true;
            }
        }
        return false;
    }

    private static boolean enabled(Item def, List<Integer> instances, Given given, Depths depths) {
        if (def.enableWhen().isEmpty()) {
            return true;
        }
        boolean any = def.enableBehavior() == EnableBehavior.ANY;
        for (EnableWhen condition : def.enableWhen()) {
            boolean holds = holds(condition, values(condition.question(), instances, given, depths));
            if (any && holds) {
                return true;
            }
            if (!any && !holds) {
                return false;
            }
        }
        return !any;
    }

    /**
     * The answers of the question a condition looks at: in the same entry of the repeating groups the question
     * and the item share; in every entry of a repeating group only the question is in.
     */
    private static List<AnswerValue> values(String question, List<Integer> instances, Given given, Depths depths) {
        int depth = depths.depth.getOrDefault(question, 0);
        if (depth <= instances.size()) {
            return given.get(question, instances.subList(0, depth));
        }
        List<AnswerValue> all = new ArrayList<>();
        given.values.forEach((key, values) -> {
            if (key.linkId().equals(question) && key.instances().subList(0, instances.size()).equals(instances)) {
                all.addAll(values);
            }
        });
        return all;
    }

    /** FHIR R4's operators: {@code !=} holds when no answer equals; the others need an answer that does. */
    static boolean holds(EnableWhen condition, List<AnswerValue> values) {
        AnswerValue wanted = condition.answer();
        return switch (condition.operator()) {
            case EXISTS -> ((AnswerValue.OfBoolean) wanted).value() == !values.isEmpty();
            case EQUALS -> anyCompares(values, wanted, c -> c == 0);
            case NOT_EQUALS -> !anyCompares(values, wanted, c -> c == 0);
            case GREATER -> anyCompares(values, wanted, c -> c > 0);
            case LESS -> anyCompares(values, wanted, c -> c < 0);
            case GREATER_OR_EQUAL -> anyCompares(values, wanted, c -> c >= 0);
            case LESS_OR_EQUAL -> anyCompares(values, wanted, c -> c <= 0);
        };
    }

    private static boolean anyCompares(List<AnswerValue> values, AnswerValue wanted, IntPredicate test) {
        for (AnswerValue value : values) {
            int c = compare(value, wanted);
            if (c != Integer.MIN_VALUE && test.test(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return the order of {@code value} against {@code wanted}: 0 if equal; for codings and texts, 1 when they
     *     differ; {@link Integer#MIN_VALUE} when the two cannot be compared (a different type), which no operator
     *     takes as a match
     */
    private static int compare(AnswerValue value, AnswerValue wanted) {
        if (value instanceof AnswerValue.OfCoding a && wanted instanceof AnswerValue.OfCoding b) {
            boolean same = a.value().code().equals(b.value().code())
                    && (b.value().system() == null || b.value().system().equals(a.value().system()));
            return same ? 0 : 1;
        }
        BigDecimal x = number(value);
        BigDecimal y = number(wanted);
        if (x != null && y != null) {
            return Integer.signum(x.compareTo(y));
        }
        if (value instanceof AnswerValue.OfDate a && wanted instanceof AnswerValue.OfDate b) {
            return Integer.signum(a.value().compareTo(b.value()));
        }
        if (value instanceof AnswerValue.OfBoolean a && wanted instanceof AnswerValue.OfBoolean b) {
            return a.value() == b.value() ? 0 : 1;
        }
        if (value instanceof AnswerValue.OfString a && wanted instanceof AnswerValue.OfString b) {
            return a.value().equals(b.value()) ? 0 : 1;
        }
        return Integer.MIN_VALUE;
    }

    private static BigDecimal number(AnswerValue value) {
        if (value instanceof AnswerValue.OfInteger i) {
            return BigDecimal.valueOf(i.value());
        }
        if (value instanceof AnswerValue.OfDecimal d) {
            return d.value();
        }
        return null;
    }

    private static void collect(List<Item> defs, List<Integer> instances, Given given, List<Answer> out) {
        for (Item def : defs) {
            if (def.type() == QuestionType.GROUP) {
                if (def.repeats()) {
                    int entries = given.groupEntries.getOrDefault(new Key(def.linkId(), instances), 0);
                    for (int entry = 1; entry <= entries; entry++) {
                        List<Integer> inner = new ArrayList<>(instances);
                        inner.add(entry);
                        collect(def.items(), List.copyOf(inner), given, out);
                    }
                } else {
                    collect(def.items(), instances, given, out);
                }
            } else if (def.type() != QuestionType.DISPLAY) {
                List<AnswerValue> values = given.get(def.linkId(), instances);
                if (!values.isEmpty()) {
                    out.add(new Answer(def.linkId(), instances, values));
                }
            }
        }
    }

    /** @return how an error about a question names it */
    static String field(String linkId) {
        return "item[" + linkId + "]";
    }
}
