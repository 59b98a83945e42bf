package se.folja.store.internal.entity;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import se.folja.api.ibic.MappingVersionInfo;

/** A version of the term mappings; written once. */
@Entity
@Table(name = "ibic_mapping_version")
public class MappingVersionEntity {

    @Id
    @Column(name = "version")
    private long version;

    @Column(name = "life_areas_version", nullable = false, length = 20)
    private String lifeAreasVersion;

    @Column(name = "change_kind", nullable = false, length = 40)
    private String change;

    @Column(name = "term", length = 100)
    private String term;

    @Column(name = "changed_by", nullable = false, length = 200)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private long changedAt;

    @Column(name = "term_count", nullable = false)
    private int termCount;

    protected MappingVersionEntity() {
        // for JPA
    }

    public static MappingVersionEntity of(MappingVersionInfo info) {
        MappingVersionEntity entity = new MappingVersionEntity();
        entity.version = info.version();
        entity.lifeAreasVersion = info.lifeAreasVersion();
        entity.change = info.change();
        entity.term = info.term();
        entity.changedBy = info.changedBy();
        entity.changedAt = info.changedAt().toEpochMilli();
        entity.termCount = info.terms();
        return entity;
    }

    public MappingVersionInfo toRecord() {
        return new MappingVersionInfo(version, lifeAreasVersion, change, term, changedBy,
                Instant.ofEpochMilli(changedAt), termCount);
    }
}
