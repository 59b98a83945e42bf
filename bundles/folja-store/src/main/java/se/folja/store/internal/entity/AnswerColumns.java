package se.folja.store.internal.entity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import javax.persistence.Column;
import javax.persistence.Embeddable;

import se.folja.api.followup.Answer;
import se.folja.api.followup.AnswerValue;
import se.folja.api.followup.Coding;

/**
 * One value of an answer as plain columns, shared by the current answers ({@link AnswerEntity}) and those of each
 * revision ({@link AnswerRevisionEntity}): the question's linkId, the entries of the repeating groups around it
 * (joined by '.', empty outside any), the value's kind and the value in the column of its kind.
 */
@Embeddable
public class AnswerColumns {

    /** The largest scale and the most digits before the decimal point of {@code DECIMAL(38, 10)}. */
    public static final int DECIMAL_SCALE = 10;
    public static final int DECIMAL_INTEGER_DIGITS = 28;
    /** The longest code system the column takes. */
    public static final int LONGEST_SYSTEM = 1000;

    /** What a row stands for: the value kinds of {@link AnswerValue}. */
    enum Kind {
        CODING, INTEGER, DECIMAL, DATE, BOOLEAN, STRING
    }

    @Column(name = "link_id", nullable = false, length = 255)
    private String linkId;

    @Column(name = "group_instances", nullable = false, length = 100)
    private String groupInstances;

    @Column(name = "kind", nullable = false, length = 8)
    private String kind;

    @Column(name = "code_system", length = LONGEST_SYSTEM)
    private String codeSystem;

    @Column(name = "code", length = 64)
    private String code;

    @Column(name = "display", length = 200)
    private String display;

    @Column(name = "number_value", precision = 38, scale = DECIMAL_SCALE)
    private BigDecimal numberValue;

    @Column(name = "int_value")
    private Long intValue;

    @Column(name = "date_day")
    private Integer dateDay;

    @Column(name = "bool_value")
    private Boolean boolValue;

    @Column(name = "text_value", length = 4000)
    private String textValue;

    protected AnswerColumns() {
        // for JPA
    }

    /** A row of one of an answer's values. */
    public static AnswerColumns of(Answer answer, AnswerValue value) {
        AnswerColumns row = new AnswerColumns();
        row.linkId = answer.linkId();
        row.groupInstances = answer.groupInstances().stream().map(String::valueOf).collect(Collectors.joining("."));
        if (value instanceof AnswerValue.OfCoding coding) {
            row.kind = Kind.CODING.name();
            row.codeSystem = coding.value().system();
            row.code = coding.value().code();
            row.display = coding.value().display();
        } else if (value instanceof AnswerValue.OfInteger integer) {
            row.kind = Kind.INTEGER.name();
            row.intValue = integer.value();
        } else if (value instanceof AnswerValue.OfDecimal decimal) {
            row.kind = Kind.DECIMAL.name();
            row.numberValue = decimal.value();
        } else if (value instanceof AnswerValue.OfDate date) {
            row.kind = Kind.DATE.name();
            row.dateDay = Days.of(date.value());
        } else if (value instanceof AnswerValue.OfBoolean bool) {
            row.kind = Kind.BOOLEAN.name();
            row.boolValue = bool.value();
        } else if (value instanceof AnswerValue.OfString string) {
            row.kind = Kind.STRING.name();
            row.textValue = string.value();
        } else {
            throw new IllegalArgumentException("an answer value of an unknown kind");
        }
        return row;
    }

    /** @return whether {@code value} fits {@code DECIMAL(38, 10)} without rounding */
    public static boolean fitsExactly(BigDecimal value) {
        BigDecimal plain = plain(value);
        return plain.scale() <= DECIMAL_SCALE && plain.precision() - plain.scale() <= DECIMAL_INTEGER_DIGITS;
    }

    /** @return the value without trailing zeros after the point, and never in exponent form (100, not 1E+2) */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public String linkId() {
        return linkId;
    }

    public List<Integer> groupInstances() {
        return groupInstances.isEmpty() ? List.of()
                : Arrays.stream(groupInstances.split("\\.")).map(Integer::valueOf).toList();
    }

    public AnswerValue value() {
        return switch (Kind.valueOf(kind)) {
            case CODING -> new AnswerValue.OfCoding(new Coding(codeSystem, code, display));
            case INTEGER -> new AnswerValue.OfInteger(intValue);
            // DECIMAL(38, 10) pads the scale to 10: 3.2 is read as 3.2000000000, given back as 3.2
            case DECIMAL -> new AnswerValue.OfDecimal(plain(numberValue));
            case DATE -> new AnswerValue.OfDate(Days.toDate(dateDay));
            case BOOLEAN -> new AnswerValue.OfBoolean(boolValue);
            case STRING -> new AnswerValue.OfString(textValue);
        };
    }

    /** A row of an answer's value and its place: in the response, and in the answer. */
    public interface Row {
        int ordinal();

        AnswerColumns columns();
    }

    /** @return the answers the rows hold, rows ordered by answer and value */
    public static List<Answer> answers(List<? extends Row> rows) {
        List<Answer> answers = new ArrayList<>();
        List<AnswerValue> values = new ArrayList<>();
        Row first = null;
        for (Row row : rows) {
            if (first != null && row.ordinal() != first.ordinal()) {
                answers.add(new Answer(first.columns().linkId(), first.columns().groupInstances(), values));
                values = new ArrayList<>();
            }
            if (values.isEmpty()) {
                first = row;
            }
            values.add(row.columns().value());
        }
        if (first != null) {
            answers.add(new Answer(first.columns().linkId(), first.columns().groupInstances(), values));
        }
        return answers;
    }
}
