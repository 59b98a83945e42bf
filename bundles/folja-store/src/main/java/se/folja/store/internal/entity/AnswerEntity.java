package se.folja.store.internal.entity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

import se.folja.api.followup.Answer;
import se.folja.api.followup.AnswerValue;

/** A value of a current answer of a response: replaced, not changed, when the response is corrected. */
@Entity
@Table(name = "followup_answer")
@IdClass(AnswerEntity.Key.class)
public class AnswerEntity implements AnswerColumns.Row {

    /** The primary key: response, the answer's place in it, the value's place in the answer. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long responseId;
        private int ordinal;
        private int valueOrdinal;

        public Key() {
            // for JPA
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.responseId == responseId && k.ordinal == ordinal
                    && k.valueOrdinal == valueOrdinal;
        }

        @Override
        public int hashCode() {
            return Objects.hash(responseId, ordinal, valueOrdinal);
        }
    }

    @Id
    @Column(name = "response_id")
    private long responseId;

    @Id
    @Column(name = "ordinal")
    private int ordinal;

    @Id
    @Column(name = "value_ordinal")
    private int valueOrdinal;

    @Embedded
    private AnswerColumns columns;

    protected AnswerEntity() {
        // for JPA
    }

    /** @return a row per value of every answer, in order */
    public static List<AnswerEntity> of(long responseId, List<Answer> answers) {
        List<AnswerEntity> rows = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            Answer answer = answers.get(i);
            for (int v = 0; v < answer.values().size(); v++) {
                AnswerValue value = answer.values().get(v);
                AnswerEntity row = new AnswerEntity();
                row.responseId = responseId;
                row.ordinal = i;
                row.valueOrdinal = v;
                row.columns = AnswerColumns.of(answer, value);
                rows.add(row);
            }
        }
        return rows;
    }

    public long responseId() {
        return responseId;
    }

    @Override
    public int ordinal() {
        return ordinal;
    }

    @Override
    public AnswerColumns columns() {
        return columns;
    }
}
