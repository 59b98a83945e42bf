package se.folja.followup.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import se.folja.api.followup.AnswerValue;
import se.folja.api.followup.Coding;
import se.folja.api.followup.DateRange;
import se.folja.api.followup.EnableBehavior;
import se.folja.api.followup.EnableOperator;
import se.folja.api.followup.EnableWhen;
import se.folja.api.followup.FollowUpValueSets;
import se.folja.api.followup.Item;
import se.folja.api.followup.NumberRange;
import se.folja.api.followup.QuestionType;
import se.folja.api.followup.Questionnaire;
import se.folja.api.followup.QuestionnaireStatus;

/**
 * Reads one respondent's FHIR R4 Questionnaire, the subset Följa supports, into a {@link Questionnaire}: every
 * property checked, anything outside the subset refused with its JSON path. One parser per questionnaire.
 */
final class QuestionnaireParser {

    static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";
    static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";
    static final String MAX_DECIMAL_PLACES = "http://hl7.org/fhir/StructureDefinition/maxDecimalPlaces";
    static final String ITEM_CONTROL = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
    static final String ITEM_CONTROL_SYSTEM = "http://hl7.org/fhir/questionnaire-item-control";
    static final String TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation";
    static final Set<String> LANGUAGES = Set.of("sv", "en");

    static final int SHORT_TEXT_MAX = 500;
    static final int LONG_TEXT_MAX = 4000;
    static final int MAX_DECIMAL_PLACES_LIMIT = 6;
    static final int MAX_ITEMS = 500;
    static final int MAX_DEPTH = 5;

    private static final Set<String> QUESTIONNAIRE_KEYS = Set.of("resourceType", "id", "url", "name", "title",
            "_title", "status", "language", "description", "publisher", "copyright", "date", "item");
    private static final Map<String, String> QUESTIONNAIRE_REFUSED = Map.of(
            "text", "is not supported: a questionnaire carries no narrative");
    private static final String QUESTIONNAIRE_UNKNOWN = "is not supported in a Följa questionnaire (allowed: "
            + "resourceType, id, url, name, title, _title, status, language, description, publisher, copyright, date, "
            + "item)";

    private static final Set<String> ITEM_KEYS = Set.of("linkId", "prefix", "text", "_text", "type", "required",
            "repeats", "enableWhen", "enableBehavior", "answerOption", "answerValueSet", "maxLength", "extension",
            "item");
    private static final Map<String, String> ITEM_REFUSED = Map.of(
            "initial", "is not supported: an item has no initial answer",
            "definition", "is not supported: an item is not defined by a StructureDefinition",
            "code", "is not supported: an item carries no terminology code",
            "readOnly", "is not supported: every question is answered",
            "answerConstraint", "is not supported (not FHIR R4)",
            "modifierExtension", "is not supported: no modifier extension is");
    private static final String ITEM_UNKNOWN = "is not supported in a Följa questionnaire item (allowed: linkId, "
            + "prefix, text, _text, type, required, repeats, enableWhen, enableBehavior, answerOption, answerValueSet, "
            + "maxLength, extension, item)";

    private static final Set<String> OUTSIDE_SUBSET = Set.of("open-choice", "dateTime", "time", "url", "attachment",
            "reference", "quantity", "question");
    private static final String TYPES = "group, display, choice, integer, decimal, date, boolean, string, text";

    private static final Set<String> ANSWER_KEYS = Set.of("answerBoolean", "answerDecimal", "answerInteger",
            "answerDate", "answerDateTime", "answerTime", "answerString", "answerCoding", "answerQuantity",
            "answerReference");

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");
    private static final Pattern FHIR_CODE = Pattern.compile("[^\\s]+( [^\\s]+)*");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2}))?)?)?");

    /** What an enableWhen needs to know of an earlier item. */
    private record Seen(QuestionType type, Set<String> optionCodes) {
    }

    private final Errors errors;
    /** The questionnaire's own language ({@code language}), or null when it names none or an unknown one. */
    private String language;
    private final Set<String> allLinkIds = new HashSet<>();
    private final Set<String> linkIds = new HashSet<>();
    private final Map<String, Seen> seen = new HashMap<>();
    private final Map<String, QuestionType> types = new LinkedHashMap<>();
    private int itemCount;

    QuestionnaireParser(Errors errors) {
        this.errors = errors;
    }

    /**
     * Every item's type by linkId, as far as it could be read, also when the questionnaire had errors: a scoring
     * scale's {@code sumOf} is checked against it. The type is null where it could not be read.
     */
    Map<String, QuestionType> types() {
        return types;
    }

    /** @return the questionnaire, or null if it had an error */
    Questionnaire parse(JsonNode value, String path) {
        int before = errors.count();
        Node q = Node.object(value, path, errors, true);
        if (q == null) {
            return null;
        }
        q.allow(QUESTIONNAIRE_KEYS, QUESTIONNAIRE_REFUSED, QUESTIONNAIRE_UNKNOWN);
        String resourceType = q.string("resourceType", true);
        if (resourceType != null && !"Questionnaire".equals(resourceType)) {
            errors.add(q.at("resourceType"), "must be Questionnaire");
        }
        String id = q.string("id", false);
        if (id != null && !ID.matcher(id).matches()) {
            errors.add(q.at("id"), "must be a FHIR id: 1-64 letters, digits, '-' and '.'");
        }
        String url = q.string("url", false);
        if (url != null && (url.length() > 255 || url.chars().anyMatch(Character::isWhitespace))) {
            errors.add(q.at("url"), "must be a URI of at most 255 characters without whitespace");
        }
        String name = q.oneLine("name", false, 255);
        String title = q.oneLine("title", false, 200);
        q.multiLine("description", false, LONG_TEXT_MAX);
        q.oneLine("publisher", false, 200);
        q.multiLine("copyright", false, LONG_TEXT_MAX);
        String date = q.string("date", false);
        if (date != null && !DATE_TIME.matcher(date).matches()) {
            errors.add(q.at("date"), "must be a FHIR dateTime, e.g. 2026-05-01");
        }
        String language = q.string("language", false);
        if (language != null && !LANGUAGES.contains(language)) {
            errors.add(q.at("language"), "must be sv or en");
        }
        this.language = language != null && LANGUAGES.contains(language) ? language : null;
        translations(q, "title", false, 200);
        QuestionnaireStatus status = null;
        String statusCode = q.string("status", true);
        if (statusCode != null) {
            for (QuestionnaireStatus s : QuestionnaireStatus.values()) {
                if (s.fhirCode().equals(statusCode)) {
                    status = s;
                }
            }
            if (status == null) {
                errors.add(q.at("status"), "must be draft, active, retired or unknown");
            }
        }
        List<JsonNode> items = q.array("item", true, 1, MAX_ITEMS);
        List<Item> read = items == null ? List.of() : items(items, q.at("item"), 1);
        if (errors.count() > before) {
            return null;
        }
        return new Questionnaire(id, url, name, title, status, language, read);
    }

    private List<Item> items(List<JsonNode> nodes, String path, int depth) {
        if (depth == 1) {
            collectLinkIds(nodes);
        }
        List<Item> read = new ArrayList<>();
        for (int i = 0; i < nodes.size() && !errors.full(); i++) {
            read.add(item(nodes.get(i), path + "[" + i + "]", depth));
        }
        return read;
    }

    private void collectLinkIds(List<JsonNode> nodes) {
        for (JsonNode node : nodes) {
            if (node.isObject() && node.path("linkId").isTextual()) {
                allLinkIds.add(node.path("linkId").asText());
            }
            if (node.isObject() && node.path("item").isArray()) {
                List<JsonNode> children = new ArrayList<>();
                node.path("item").forEach(children::add);
                collectLinkIds(children);
            }
        }
    }

    private Item item(JsonNode value, String path, int depth) {
        int before = errors.count();
        if (++itemCount > MAX_ITEMS) {
            errors.add(path, "is one item too many: a questionnaire has at most " + MAX_ITEMS + " items");
            return null;
        }
        Node n = Node.object(value, path, errors, true);
        if (n == null) {
            return null;
        }
        n.allow(ITEM_KEYS, ITEM_REFUSED, ITEM_UNKNOWN);

        String linkId = n.string("linkId", true);
        if (linkId != null) {
            if (linkId.length() > 255 || linkId.chars().anyMatch(Character::isWhitespace)) {
                errors.add(n.at("linkId"), "must be at most 255 characters without whitespace");
            } else if (!linkIds.add(linkId)) {
                errors.add(n.at("linkId"), "must be unique in the questionnaire: an earlier item has it");
            }
        }
        String prefix = n.oneLine("prefix", false, 20);
        Boolean requiredFlag = n.bool("required");
        boolean required = Boolean.TRUE.equals(requiredFlag);
        Boolean repeatsFlag = n.bool("repeats");
        boolean repeats = Boolean.TRUE.equals(repeatsFlag);

        String fhirType = n.string("type", true);
        boolean hasOptions = n.has("answerOption");
        String valueSet = n.string("answerValueSet", false);
        QuestionType type = type(n, fhirType, hasOptions, valueSet, repeats);

        String text = n.multiLine("text", type != null && type != QuestionType.GROUP, LONG_TEXT_MAX);
        translations(n, "text", true, LONG_TEXT_MAX);

        boolean choice = "choice".equals(fhirType);
        if (!choice && fhirType != null && hasOptions) {
            errors.add(n.at("answerOption"), "is only for a choice item");
        }
        if (!choice && fhirType != null && valueSet != null) {
            errors.add(n.at("answerValueSet"), "is only for a choice item");
        }
        if (repeats && fhirType != null && !choice && !"group".equals(fhirType)) {
            errors.add(n.at("repeats"), "is only for a choice or group item");
        }
        if (required && "display".equals(fhirType)) {
            errors.add(n.at("required"), "is not for a display item, which takes no answer");
        }

        List<Coding> options = choice && hasOptions && valueSet == null ? options(n) : List.of();
        Integer maxLength = maxLength(n, type);
        Extensions ext = extensions(n, type);

        List<EnableWhen> enableWhen = enableWhen(n);
        EnableBehavior behavior = enableBehavior(n, enableWhen);

        if (linkId != null) {
            // also with an unreadable type (null), so that a condition or a scale naming it is not blamed too
            Set<String> codes = new HashSet<>();
            options.forEach(o -> codes.add(o.code()));
            Seen s = new Seen(type, type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_CHOICE
                    ? codes : null);
            seen.putIfAbsent(linkId, s);
            types.putIfAbsent(linkId, type);
        }

        List<Item> children = List.of();
        if ("group".equals(fhirType)) {
            List<JsonNode> nodes = n.array("item", true, 1, MAX_ITEMS);
            if (nodes != null && depth >= MAX_DEPTH) {
                errors.add(n.at("item"), "nests too deep: groups go at most " + MAX_DEPTH + " levels");
            } else if (nodes != null) {
                children = items(nodes, n.at("item"), depth + 1);
            }
        } else if (fhirType != null && n.has("item")) {
            errors.add(n.at("item"), "is only for a group item: a question has no children");
        }

        if (errors.count() > before) {
            return null;
        }
        return new Item(linkId, prefix, text, type, required, repeats, options, valueSet, ext.numbers, ext.dates,
                ext.decimalPlaces, maxLength, ext.slider, enableWhen, behavior, children);
    }

    private QuestionType type(Node n, String fhirType, boolean hasOptions, String valueSet, boolean repeats) {
        if (fhirType == null) {
            return null;
        }
        switch (fhirType) {
        case "group":
            return QuestionType.GROUP;
        case "display":
            return QuestionType.DISPLAY;
        case "integer":
            return QuestionType.INTEGER;
        case "decimal":
            return QuestionType.DECIMAL;
        case "date":
            return QuestionType.DATE;
        case "boolean":
            return QuestionType.BOOLEAN;
        case "string":
            return QuestionType.SHORT_TEXT;
        case "text":
            return QuestionType.LONG_TEXT;
        case "choice":
            if (hasOptions && valueSet != null) {
                errors.add(n.at("answerValueSet"), "must not be given together with answerOption");
                return null;
            }
            if (valueSet != null) {
                if (FollowUpValueSets.REASON_CODES.equals(valueSet)) {
                    return QuestionType.REASON_CODE;
                }
                if (FollowUpValueSets.IBIC_LIFE_AREAS.equals(valueSet)) {
                    return QuestionType.LIFE_AREA;
                }
                errors.add(n.at("answerValueSet"), "must be " + FollowUpValueSets.REASON_CODES + " or "
                        + FollowUpValueSets.IBIC_LIFE_AREAS);
                return null;
            }
            if (!hasOptions) {
                errors.add(n.at("answerOption"), "is required for a choice item (or answerValueSet)");
                return null;
            }
            return repeats ? QuestionType.MULTIPLE_CHOICE : QuestionType.SINGLE_CHOICE;
        default:
            if (OUTSIDE_SUBSET.contains(fhirType)) {
                errors.add(n.at("type"), "is outside Följa's subset of FHIR R4 item types (" + TYPES + ")");
            } else {
                errors.add(n.at("type"), "must be one of " + TYPES);
            }
            return null;
        }
    }

    private List<Coding> options(Node n) {
        List<JsonNode> nodes = n.array("answerOption", true, 1, 200);
        if (nodes == null) {
            return List.of();
        }
        List<Coding> options = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            String path = n.at("answerOption") + "[" + i + "]";
            Node option = Node.object(nodes.get(i), path, errors, true);
            if (option == null) {
                continue;
            }
            option.allow(Set.of("valueCoding"), Map.of(
                    "valueInteger", "is not supported: an answer option is a valueCoding",
                    "valueDate", "is not supported: an answer option is a valueCoding",
                    "valueTime", "is not supported: an answer option is a valueCoding",
                    "valueString", "is not supported: an answer option is a valueCoding",
                    "valueReference", "is not supported: an answer option is a valueCoding",
                    "initialSelected", "is not supported: an item has no initial answer"),
                    "is not supported in an answer option (allowed: valueCoding)");
            Node coding = option.object("valueCoding", true);
            Coding c = coding == null ? null : coding(coding, true, true);
            if (c != null) {
                if (!codes.add(c.code())) {
                    errors.add(coding.at("code"), "must be unique among the item's options");
                } else {
                    options.add(c);
                }
            }
        }
        return options;
    }

    /**
     * Reads a Coding ({@code system}, {@code code}, {@code display}, and with {@code translatable} the display's
     * translations {@code _display}); null if it had an error.
     */
    private Coding coding(Node coding, boolean displayRequired, boolean translatable) {
        int before = errors.count();
        if (translatable) {
            coding.allow(Set.of("system", "code", "display", "_display"), Map.of(),
                    "is not supported in a coding (allowed: system, code, display, _display)");
        } else {
            coding.allow(Set.of("system", "code", "display"), Map.of(),
                    "is not supported in a coding (allowed: system, code, display)");
        }
        String system = coding.string("system", false);
        if (system != null && system.chars().anyMatch(Character::isWhitespace)) {
            errors.add(coding.at("system"), "must be a URI without whitespace");
        }
        String code = coding.string("code", true);
        if (code != null && (code.length() > 64 || !FHIR_CODE.matcher(code).matches())) {
            errors.add(coding.at("code"),
                    "must be a FHIR code of at most 64 characters: no leading, trailing or double whitespace");
        }
        String display = coding.oneLine("display", displayRequired, 200);
        if (translatable) {
            translations(coding, "display", false, 200);
        }
        return errors.count() > before ? null : new Coding(system, code, display);
    }

    /**
     * Checks FHIR's translations of a text property ({@code _title}, {@code _text}, {@code _display}): the primitive's
     * extension {@code http://hl7.org/fhir/StructureDefinition/translation}, once per language, each with
     * {@code lang} ({@code sv} or {@code en}, not the questionnaire's own language) and {@code content} (the same
     * length and lines as the text it translates). They stay in the stored document, where a page in that language
     * shows them; the model keeps the text in the questionnaire's language.
     */
    private void translations(Node owner, String name, boolean lineBreaks, int maxLength) {
        String key = "_" + name;
        Node element = owner.object(key, false);
        if (element == null) {
            return;
        }
        if (!owner.has(name)) {
            errors.add(owner.at(key), "translates " + name + ", which is not given");
        }
        element.allow(Set.of("extension"), Map.of("id", "is not supported: a translated text carries no id"),
                "is not supported here (allowed: extension, with translations)");
        List<JsonNode> extensions = element.array("extension", true, 1, LANGUAGES.size());
        if (extensions == null) {
            return;
        }
        Set<String> given = new HashSet<>();
        for (int i = 0; i < extensions.size(); i++) {
            Node ext = Node.object(extensions.get(i), element.at("extension") + "[" + i + "]", errors, true);
            if (ext == null) {
                continue;
            }
            ext.allow(Set.of("url", "extension"), Map.of(),
                    "is not supported in a translation (allowed: url, extension)");
            String url = ext.string("url", true);
            if (url != null && !TRANSLATION.equals(url)) {
                errors.add(ext.at("url"), "must be " + TRANSLATION + ": a translation is the only extension here");
                continue;
            }
            List<JsonNode> parts = ext.array("extension", true, 2, 2);
            if (parts == null) {
                continue;
            }
            boolean lang = false;
            boolean content = false;
            for (int j = 0; j < parts.size(); j++) {
                Node part = Node.object(parts.get(j), ext.at("extension") + "[" + j + "]", errors, true);
                String partUrl = part == null ? null : part.string("url", true);
                if ("lang".equals(partUrl) && !lang) {
                    lang = true;
                    part.allow(Set.of("url", "valueCode"), Map.of(),
                            "is not supported in lang (allowed: url, valueCode)");
                    String code = part.string("valueCode", true);
                    if (code != null && !LANGUAGES.contains(code)) {
                        errors.add(part.at("valueCode"), "must be sv or en");
                    } else if (code != null && code.equals(language)) {
                        errors.add(part.at("valueCode"), "must not be the questionnaire's own language (" + language
                                + "): " + name + " itself is in it");
                    } else if (code != null && !given.add(code)) {
                        errors.add(part.at("valueCode"), "must be given once: an earlier translation of " + name
                                + " is in " + code);
                    }
                } else if ("content".equals(partUrl) && !content) {
                    content = true;
                    part.allow(Set.of("url", "valueString"), Map.of(),
                            "is not supported in content (allowed: url, valueString)");
                    if (lineBreaks) {
                        part.multiLine("valueString", true, maxLength);
                    } else {
                        part.oneLine("valueString", true, maxLength);
                    }
                } else if (partUrl != null) {
                    errors.add(part.at("url"), "must be lang or content, each once");
                }
            }
        }
    }

    private Integer maxLength(Node n, QuestionType type) {
        if (!n.has("maxLength")) {
            return type == QuestionType.SHORT_TEXT ? Integer.valueOf(SHORT_TEXT_MAX)
                    : type == QuestionType.LONG_TEXT ? Integer.valueOf(LONG_TEXT_MAX) : null;
        }
        if (type != null && !type.isFreeText()) {
            errors.add(n.at("maxLength"), "is only for a string or text item");
            return null;
        }
        int limit = type == QuestionType.LONG_TEXT ? LONG_TEXT_MAX : SHORT_TEXT_MAX;
        return n.integer("maxLength", false, 1, limit);
    }

    /** What an item's extensions say. */
    private static final class Extensions {
        NumberRange numbers;
        DateRange dates;
        Integer decimalPlaces;
        boolean slider;
    }

    private Extensions extensions(Node n, QuestionType type) {
        Extensions result = new Extensions();
        List<JsonNode> nodes = n.array("extension", false, 1, 10);
        if (nodes == null) {
            return result;
        }
        Map<String, String> pathOfUrl = new LinkedHashMap<>();
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            String path = n.at("extension") + "[" + i + "]";
            Node ext = Node.object(nodes.get(i), path, errors, true);
            if (ext == null) {
                continue;
            }
            String url = ext.string("url", true);
            if (url == null) {
                ext.allow(Set.of("url", "valueInteger", "valueDecimal", "valueDate", "valueCodeableConcept"),
                        Map.of(), "is not supported in an extension");
                continue;
            }
            if (pathOfUrl.containsKey(url)) {
                errors.add(ext.at("url"), "must not appear twice on an item");
                continue;
            }
            pathOfUrl.put(url, path);
            switch (url) {
            case MIN_VALUE, MAX_VALUE -> {
                Object bound = bound(ext, type);
                if (bound != null) {
                    values.put(url, bound);
                }
            }
            case MAX_DECIMAL_PLACES -> {
                if (only(ext, "valueInteger", type, QuestionType.DECIMAL, "a decimal item")) {
                    result.decimalPlaces = ext.integer("valueInteger", true, 0, MAX_DECIMAL_PLACES_LIMIT);
                }
            }
            case ITEM_CONTROL -> {
                if (type != null && !type.isNumeric()) {
                    ext.allow(Set.of("url", "valueCodeableConcept"), Map.of(), "is not supported in this extension");
                    errors.add(ext.at("url"), "is only for an integer or decimal item (a slider)");
                } else if (only(ext, "valueCodeableConcept", type, type, "an integer or decimal item")) {
                    result.slider = slider(ext.object("valueCodeableConcept", true));
                }
            }
            default -> errors.add(ext.at("url"), "is not an extension Följa supports (minValue, maxValue, "
                    + "maxDecimalPlaces, questionnaire-itemControl)");
            }
        }
        Object min = values.get(MIN_VALUE);
        Object max = values.get(MAX_VALUE);
        if (min instanceof LocalDate || max instanceof LocalDate) {
            if (min != null && max != null && ((LocalDate) min).isAfter((LocalDate) max)) {
                errors.add(pathOfUrl.get(MAX_VALUE) + ".valueDate", "must not be before minValue");
            } else {
                result.dates = new DateRange((LocalDate) min, (LocalDate) max);
            }
        } else if (min != null || max != null) {
            BigDecimal lo = (BigDecimal) min;
            BigDecimal hi = (BigDecimal) max;
            String key = type == QuestionType.INTEGER ? ".valueInteger" : ".valueDecimal";
            if (lo != null && hi != null && lo.compareTo(hi) > 0) {
                errors.add(pathOfUrl.get(MAX_VALUE) + key, "must not be less than minValue");
            } else {
                result.numbers = new NumberRange(lo, hi);
            }
            if (result.decimalPlaces != null) {
                for (String url : List.of(MIN_VALUE, MAX_VALUE)) {
                    BigDecimal v = (BigDecimal) values.get(url);
                    if (v != null && v.stripTrailingZeros().scale() > result.decimalPlaces) {
                        errors.add(pathOfUrl.get(url) + key, "has more decimal places than maxDecimalPlaces");
                    }
                }
            }
        }
        if (result.slider && (min == null || max == null) && pathOfUrl.containsKey(ITEM_CONTROL)) {
            errors.add(pathOfUrl.get(ITEM_CONTROL), "a slider needs both minValue and maxValue");
        }
        return result;
    }

    /**
     * Checks that the extension holds exactly {@code key} besides its url and that the item is of
     * {@code wanted} type.
     */
    private boolean only(Node ext, String key, QuestionType type, QuestionType wanted, String what) {
        ext.allow(Set.of("url", key), Map.of(), "is not the value this extension takes (" + key + ")");
        if (type != null && type != wanted) {
            errors.add(ext.at("url"), "is only for " + what);
            return false;
        }
        return ext.get(key, true) != null;
    }

    /** @return the minValue/maxValue bound: a BigDecimal for a number, a LocalDate for a date; null on error */
    private Object bound(Node ext, QuestionType type) {
        String key = type == QuestionType.INTEGER ? "valueInteger"
                : type == QuestionType.DECIMAL ? "valueDecimal" : type == QuestionType.DATE ? "valueDate" : null;
        if (key == null) {
            ext.allow(Set.of("url", "valueInteger", "valueDecimal", "valueDate"), Map.of(),
                    "is not supported in this extension");
            if (type != null) {
                errors.add(ext.at("url"), "is only for an integer, decimal or date item");
            }
            return null;
        }
        ext.allow(Set.of("url", key), Map.of(), "must be " + key + " for " + a(type.fhirType()) + " item");
        JsonNode value = ext.get(key, true);
        if (value == null) {
            return null;
        }
        String path = ext.at(key);
        switch (type) {
        case INTEGER:
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                errors.add(path, "must be an integer");
                return null;
            }
            return BigDecimal.valueOf(value.intValue());
        case DECIMAL:
            if (!value.isNumber()) {
                errors.add(path, "must be a number");
                return null;
            }
            return value.decimalValue();
        default:
            return date(value, path);
        }
    }

    private LocalDate date(JsonNode value, String path) {
        if (!value.isTextual() || !DATE.matcher(value.asText()).matches()) {
            errors.add(path, "must be a full date, YYYY-MM-DD");
            return null;
        }
        try {
            return LocalDate.parse(value.asText());
        } catch (DateTimeParseException e) {
            errors.add(path, "must be a date that exists");
            return null;
        }
    }

    private boolean slider(Node concept) {
        if (concept == null) {
            return false;
        }
        concept.allow(Set.of("coding", "text"), Map.of(), "is not supported in this codeable concept");
        concept.oneLine("text", false, 200);
        List<JsonNode> codings = concept.array("coding", true, 1, 1);
        if (codings == null) {
            return false;
        }
        Node coding = Node.object(codings.get(0), concept.at("coding") + "[0]", errors, true);
        if (coding == null) {
            return false;
        }
        Coding c = coding(coding, false, false);
        if (c == null) {
            return false;
        }
        if (c.system() != null && !ITEM_CONTROL_SYSTEM.equals(c.system())) {
            errors.add(coding.at("system"), "must be " + ITEM_CONTROL_SYSTEM);
            return false;
        }
        if (!"slider".equals(c.code())) {
            errors.add(coding.at("code"), "must be slider, the one item control Följa supports");
            return false;
        }
        return true;
    }

    private List<EnableWhen> enableWhen(Node n) {
        List<JsonNode> nodes = n.array("enableWhen", false, 1, 20);
        if (nodes == null) {
            return List.of();
        }
        List<EnableWhen> conditions = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            EnableWhen condition = condition(nodes.get(i), n.at("enableWhen") + "[" + i + "]");
            if (condition != null) {
                conditions.add(condition);
            }
        }
        return conditions;
    }

    private EnableWhen condition(JsonNode value, String path) {
        int before = errors.count();
        Node c = Node.object(value, path, errors, true);
        if (c == null) {
            return null;
        }
        Set<String> allowed = new HashSet<>(ANSWER_KEYS);
        allowed.add("question");
        allowed.add("operator");
        c.allow(allowed, Map.of(), "is not supported in enableWhen (allowed: question, operator, answer[x])");

        QuestionType target = null;
        Set<String> optionCodes = null;
        String question = c.string("question", true);
        if (question != null) {
            Seen s = seen.get(question);
            if (!allLinkIds.contains(question)) {
                errors.add(c.at("question"), "must be the linkId of an item of this questionnaire");
            } else if (s == null) {
                errors.add(c.at("question"), "must name a question that comes before this item "
                        + "(no forward or self reference)");
            } else if (s.type() != null && !s.type().isAnswered()) {
                errors.add(c.at("question"), "must name a question, not a group or display item");
            } else {
                target = s.type();
                optionCodes = s.optionCodes();
            }
        }

        EnableOperator operator = null;
        String op = c.string("operator", true);
        if (op != null) {
            operator = EnableOperator.fromFhir(op).orElse(null);
            if (operator == null) {
                errors.add(c.at("operator"), "must be one of exists, =, !=, >, <, >=, <=");
            } else if (operator.isOrdering() && target != null && target != QuestionType.INTEGER
                    && target != QuestionType.DECIMAL && target != QuestionType.DATE) {
                errors.add(c.at("operator"), "must be exists, = or != for " + a(target.fhirType())
                        + " question: only integer, decimal and date questions are ordered");
            }
        }

        List<String> given = new ArrayList<>();
        value.fieldNames().forEachRemaining(name -> {
            if (ANSWER_KEYS.contains(name) && !value.get(name).isNull()) {
                given.add(name);
            }
        });
        if (given.isEmpty()) {
            errors.add(path, "needs exactly one answer[x]");
            return null;
        }
        if (given.size() > 1) {
            errors.add(c.at(given.get(1)), "must not be given: an enableWhen has exactly one answer[x]");
            return null;
        }
        String key = given.get(0);
        String expected = operator == EnableOperator.EXISTS ? "answerBoolean" : target == null ? null
                : switch (target) {
                case BOOLEAN -> "answerBoolean";
                case SINGLE_CHOICE, MULTIPLE_CHOICE, REASON_CODE, LIFE_AREA -> "answerCoding";
                case INTEGER -> "answerInteger";
                case DECIMAL -> "answerDecimal";
                case DATE -> "answerDate";
                default -> "answerString";
                };
        if (Set.of("answerDateTime", "answerTime", "answerQuantity", "answerReference").contains(key)) {
            errors.add(c.at(key), "is outside Följa's subset (answerBoolean, answerCoding, answerInteger, "
                    + "answerDecimal, answerDate, answerString)");
            return null;
        }
        if (expected != null && !expected.equals(key)) {
            errors.add(c.at(key), "must be " + expected + (operator == EnableOperator.EXISTS ? " for exists"
                    : " for " + a(target.fhirType()) + " question"));
            return null;
        }
        AnswerValue answer = answer(c, key, optionCodes);
        if (errors.count() > before || answer == null) {
            return null;
        }
        return new EnableWhen(question, operator, answer);
    }

    private AnswerValue answer(Node c, String key, Set<String> optionCodes) {
        JsonNode value = c.get(key, true);
        if (value == null) {
            return null;
        }
        String path = c.at(key);
        switch (key) {
        case "answerBoolean":
            if (!value.isBoolean()) {
                errors.add(path, "must be true or false");
                return null;
            }
            return new AnswerValue.OfBoolean(value.booleanValue());
        case "answerInteger":
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                errors.add(path, "must be an integer");
                return null;
            }
            return new AnswerValue.OfInteger(value.intValue());
        case "answerDecimal":
            if (!value.isNumber()) {
                errors.add(path, "must be a number");
                return null;
            }
            return new AnswerValue.OfDecimal(value.decimalValue());
        case "answerDate":
            LocalDate date = date(value, path);
            return date == null ? null : new AnswerValue.OfDate(date);
        case "answerString": {
            String text = c.oneLine(key, true, LONG_TEXT_MAX);
            return text == null ? null : new AnswerValue.OfString(text);
        }
        default: {
            Node coding = c.object(key, true);
            Coding answer = coding == null ? null : coding(coding, false, false);
            if (answer == null) {
                return null;
            }
            if (optionCodes != null && !optionCodes.contains(answer.code())) {
                errors.add(coding.at("code"), "must be the code of one of the question's answerOption");
                return null;
            }
            return new AnswerValue.OfCoding(answer);
        }
        }
    }

    private EnableBehavior enableBehavior(Node n, List<EnableWhen> conditions) {
        String behavior = n.string("enableBehavior", false);
        boolean conditionsGiven = n.has("enableWhen");
        if (behavior == null) {
            if (conditionsGiven && n.get("enableWhen", false).size() > 1 && !n.has("enableBehavior")) {
                errors.add(n.at("enableBehavior"), "is required when there is more than one enableWhen");
            }
            return null;
        }
        if (!conditionsGiven) {
            errors.add(n.at("enableBehavior"), "is only for an item with enableWhen");
            return null;
        }
        if (!behavior.equals("all") && !behavior.equals("any")) {
            errors.add(n.at("enableBehavior"), "must be all or any");
            return null;
        }
        return EnableBehavior.valueOf(behavior.toUpperCase(Locale.ROOT));
    }

    /** @return the word with its indefinite article, e.g. {@code an integer} */
    private static String a(String word) {
        return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }
}
