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

/** A value of an answer of one revision of a response. Written once. */
@Entity
@Table(name = "followup_answer_revision")
@IdClass(AnswerRevisionEntity.Key.class)
public class AnswerRevisionEntity implements AnswerColumns.Row {

    /** The primary key: response, revision, the answer's place in it, the value's place in the answer. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long responseId;
        private long revision;
        private int ordinal;
        private int valueOrdinal;

        public Key() {
            // for JPA
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.responseId == responseId && k.revision == revision
                    && k.ordinal == ordinal && k.valueOrdinal == valueOrdinal;
        }

        @Override
        public int hashCode() {
            return Objects.hash(responseId, revision, ordinal, valueOrdinal);
        }
    }

    @Id
    @Column(name = "response_id")
    private long responseId;

    @Id
    @Column(name = "revision")
    private long revision;

    @Id
    @Column(name = "ordinal")
    private int ordinal;

    @Id
    @Column(name = "value_ordinal")
    private int valueOrdinal;

    @Embedded
    private AnswerColumns columns;

    protected AnswerRevisionEntity() {
        // for JPA
    }

    /** @return a row per value of every answer of the revision, in order */
    public static List<AnswerRevisionEntity> of(long responseId, long revision, List<Answer> answers) {
        List<AnswerRevisionEntity> rows = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            Answer answer = answers.get(i);
            for (int v = 0; v < answer.values().size(); v++) {
                AnswerRevisionEntity row = new AnswerRevisionEntity();
                row.responseId = responseId;
                row.revision = revision;
                row.ordinal = i;
                row.valueOrdinal = v;
                row.columns = AnswerColumns.of(answer, answer.values().get(v));
                rows.add(row);
            }
        }
        return rows;
    }

    public long revision() {
        return revision;
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
