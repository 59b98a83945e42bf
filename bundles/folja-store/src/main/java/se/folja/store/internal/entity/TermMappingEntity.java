package se.folja.store.internal.entity;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

import se.folja.api.ibic.TermKind;
import se.folja.api.ibic.TermMapping;

/** A term's mapping within one version. */
@Entity
@Table(name = "ibic_term_mapping")
@IdClass(TermMappingEntity.Key.class)
public class TermMappingEntity {

    /** The primary key: version, kind and term. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long version;
        private String kind;
        private String term;

        public Key() {
            // for JPA
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.version == version && Objects.equals(k.kind, kind)
                    && Objects.equals(k.term, term);
        }

        @Override
        public int hashCode() {
            return Objects.hash(version, kind, term);
        }
    }

    @Id
    @Column(name = "version")
    private long version;

    @Id
    @Column(name = "term_kind", length = 20)
    private String kind;

    @Id
    @Column(name = "term", length = 100)
    private String term;

    @Column(name = "icf_code", length = 6)
    private String icf;

    @Column(name = "life_area", nullable = false, length = 40)
    private String lifeArea;

    @Column(name = "source", nullable = false, length = 200)
    private String source;

    protected TermMappingEntity() {
        // for JPA
    }

    public static TermMappingEntity of(long version, TermMapping mapping) {
        TermMappingEntity entity = new TermMappingEntity();
        entity.version = version;
        entity.kind = mapping.kind().name();
        entity.term = mapping.term();
        entity.icf = mapping.icf();
        entity.lifeArea = mapping.lifeArea();
        entity.source = mapping.source();
        return entity;
    }

    public TermMapping toRecord() {
        return new TermMapping(TermKind.valueOf(kind), term, icf, lifeArea, source);
    }
}
