package se.folja.store.internal.entity;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import se.folja.api.ibic.IcfCodeListInfo;

/** One load of the municipality's ICF code list. */
@Entity
@Table(name = "icf_code_list")
public class IcfCodeListEntity {

    @Id
    @SequenceGenerator(name = "icf_code_list_seq", sequenceName = "icf_code_list_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "icf_code_list_seq")
    @Column(name = "id")
    private long id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "list_version", length = 100)
    private String listVersion;

    @Column(name = "code_count", nullable = false)
    private int codeCount;

    @Column(name = "loaded_by", nullable = false, length = 100)
    private String loadedBy;

    @Column(name = "loaded_at", nullable = false)
    private long loadedAt;

    protected IcfCodeListEntity() {
        // for JPA
    }

    public static IcfCodeListEntity of(String name, String version, int codes, String loadedBy, Instant loadedAt) {
        IcfCodeListEntity entity = new IcfCodeListEntity();
        entity.name = name;
        entity.listVersion = version;
        entity.codeCount = codes;
        entity.loadedBy = loadedBy;
        entity.loadedAt = loadedAt.toEpochMilli();
        return entity;
    }

    public long id() {
        return id;
    }

    public IcfCodeListInfo toRecord() {
        return new IcfCodeListInfo(id, name, listVersion, codeCount, loadedBy, Instant.ofEpochMilli(loadedAt));
    }
}
