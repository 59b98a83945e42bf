package se.folja.demo.journal.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import se.folja.api.followup.AnswerValue;
import se.folja.api.followup.Coding;
import se.folja.api.followup.EnrolmentEndReason;
import se.folja.api.followup.RespondentRole;
import se.folja.api.person.PersonalIdentityNumber;

/**
 * What the demo loads of one follow-up template at one unit: the enablement's first day, and the clients enrolled,
 * each with the days of its enrolment and the responses given at its occasions. {@link DemoFollowUps} loads it
 * through Följa's services, which check every enrolment and response as they check a user's.
 *
 * @param unit the unit
 * @param template the template's code
 * @param enabledFrom the first day the template is enabled for the unit (open-ended), before every enrolment's start
 * @param enrolments the clients enrolled, each client once
 */
record FollowUpPlan(KalmarShape.Unit unit, String template, LocalDate enabledFrom, List<Enrolment> enrolments) {

    /** The responsible member of staff of the demo's follow-ups: a demo user of every follow-up unit. */
    static final String STAFF = "staff3";

    FollowUpPlan {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(enabledFrom, "enabledFrom");
        enrolments = List.copyOf(enrolments);
    }

    /**
     * A client's enrolment.
     *
     * @param client the personnummer, twelve digits
     * @param start the first day
     * @param end the last day, or null while ongoing
     * @param endReason why it ended, or null while ongoing
     * @param grantFrom the first day of the client's grant at the unit it was proposed from, or null if enrolled by
     *     hand
     * @param responsible the login of the member of staff who follows it, or null
     * @param responses the responses, in the order they were given
     */
    record Enrolment(String client, LocalDate start, LocalDate end, EnrolmentEndReason endReason, LocalDate grantFrom,
            String responsible, List<Response> responses) {

        Enrolment {
            Objects.requireNonNull(client, "client");
            Objects.requireNonNull(start, "start");
            if ((end == null) != (endReason == null)) {
                throw new IllegalArgumentException("an end has a day and a reason, or neither");
            }
            responses = List.copyOf(responses);
        }

        /** Never gives the client. */
        @Override
        public String toString() {
            return "Enrolment[" + start + ".." + end + ", " + endReason + ", " + responses.size() + " responses]";
        }
    }

    /**
     * A response: who answered which time of which occasion, on what day, with what.
     *
     * @param occasion the occasion's code
     * @param sequence which time it fell due, from 1
     * @param role who answered
     * @param answeredOn the day
     * @param items the QuestionnaireResponse's items, groups holding their questions as the questionnaire does
     */
    record Response(String occasion, int sequence, RespondentRole role, LocalDate answeredOn, List<Item> items) {

        Response {
            Objects.requireNonNull(occasion, "occasion");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(answeredOn, "answeredOn");
            items = List.copyOf(items);
        }

        /** @return the answers to the question {@code linkId}, at whatever depth; empty if it is not answered */
        List<AnswerValue> answers(String linkId) {
            return find(items, linkId).map(Item::answers).orElse(List.of());
        }

        private static Optional<Item> find(List<Item> items, String linkId) {
            for (Item item : items) {
                if (item.linkId().equals(linkId)) {
                    return Optional.of(item);
                }
                Optional<Item> inner = find(item.items(), linkId);
                if (inner.isPresent()) {
                    return inner;
                }
            }
            return Optional.empty();
        }

        /** @return the response as a FHIR R4 QuestionnaireResponse, UTF-8 JSON, as a user's client would send it */
        byte[] json() {
            StringBuilder json = new StringBuilder("{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\","
                    + "\"authored\":\"").append(answeredOn).append("\",\"item\":");
            items(json, items);
            return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
        }

        private static void items(StringBuilder json, List<Item> items) {
            json.append('[');
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                json.append(i == 0 ? "" : ",").append("{\"linkId\":").append(quote(item.linkId()));
                if (!item.answers().isEmpty()) {
                    json.append(",\"answer\":[");
                    for (int a = 0; a < item.answers().size(); a++) {
                        json.append(a == 0 ? "" : ",").append('{').append(value(item.answers().get(a))).append('}');
                    }
                    json.append(']');
                }
                if (!item.items().isEmpty()) {
                    json.append(",\"item\":");
                    items(json, item.items());
                }
                json.append('}');
            }
            json.append(']');
        }

        private static String value(AnswerValue value) {
            if (value instanceof AnswerValue.OfCoding c) {
                return "\"valueCoding\":{\"code\":" + quote(c.value().code()) + "}";
            }
            if (value instanceof AnswerValue.OfBoolean b) {
                return "\"valueBoolean\":" + b.value();
            }
            if (value instanceof AnswerValue.OfInteger i) {
                return "\"valueInteger\":" + i.value();
            }
            if (value instanceof AnswerValue.OfDecimal d) {
                return "\"valueDecimal\":" + d.value().toPlainString();
            }
            if (value instanceof AnswerValue.OfDate d) {
                return "\"valueDate\":\"" + d.value() + "\"";
            }
            return "\"valueString\":" + quote(((AnswerValue.OfString) value).value());
        }

        /** Gives the occasion and role, never an answer. */
        @Override
        public String toString() {
            return "Response[" + occasion + "#" + sequence + ", " + role + ", " + answeredOn + "]";
        }
    }

    /**
     * An item of a QuestionnaireResponse: a question with its answers, or a group with its items.
     *
     * @param linkId the item's linkId in the questionnaire
     * @param answers the answers, empty for a group
     * @param items a group's items, empty for a question
     */
    record Item(String linkId, List<AnswerValue> answers, List<Item> items) {

        Item {
            Objects.requireNonNull(linkId, "linkId");
            answers = List.copyOf(answers);
            items = List.copyOf(items);
        }

        static Item group(String linkId, List<Item> items) {
            return new Item(linkId, List.of(), items);
        }

        static Item code(String linkId, String... codes) {
            return new Item(linkId, Arrays.stream(codes)
                    .map(c -> (AnswerValue) new AnswerValue.OfCoding(new Coding(null, c, null))).toList(), List.of());
        }

        static Item bool(String linkId, boolean value) {
            return new Item(linkId, List.of(new AnswerValue.OfBoolean(value)), List.of());
        }

        static Item integer(String linkId, long value) {
            return new Item(linkId, List.of(new AnswerValue.OfInteger(value)), List.of());
        }

        /** A decimal answer of {@code tenths} tenths, one decimal place: 75 is 7.5. */
        static Item tenths(String linkId, int tenths) {
            return new Item(linkId, List.of(new AnswerValue.OfDecimal(BigDecimal.valueOf(tenths, 1))), List.of());
        }

        static Item date(String linkId, LocalDate value) {
            return new Item(linkId, List.of(new AnswerValue.OfDate(value)), List.of());
        }

        static Item text(String linkId, String value) {
            return new Item(linkId, List.of(new AnswerValue.OfString(value)), List.of());
        }
    }

    /** @return the code of a coded answer, or null if there is none */
    static String code(List<AnswerValue> answers) {
        return answers.isEmpty() || !(answers.get(0) instanceof AnswerValue.OfCoding c) ? null : c.value().code();
    }

    /**
     * A synthetic personnummer: the birth date, the serial {@code series} followed by a digit that gives the legal
     * gender (even for women, odd for men), and the computed check digit. A birth date already in {@code taken} with
     * the same serial moves a day earlier, so that every number of a shape differs.
     *
     * @param series the serial's first two digits; the demo's follow-up clients have 95, which neither the Kalmar
     *     clients (98) nor the tests' clients use
     * @param genderDigit the serial's last digit
     * @param taken the numbers made so far; the new one is added
     */
    static String personnummer(LocalDate born, int series, int genderDigit, Set<String> taken) {
        LocalDate day = born;
        while (true) {
            String nine = day.toString().replace("-", "").substring(2) + series + genderDigit;
            String number = day.getYear() / 100 + nine + PersonalIdentityNumber.checkDigit(nine);
            if (taken.add(number)) {
                return number;
            }
            day = day.minusDays(1);
        }
    }

    /** @return the responses of every enrolment, in order */
    List<Response> responses() {
        List<Response> all = new ArrayList<>();
        enrolments.forEach(e -> all.addAll(e.responses()));
        return all;
    }

    /** @return a JSON string literal of {@code text} */
    static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
