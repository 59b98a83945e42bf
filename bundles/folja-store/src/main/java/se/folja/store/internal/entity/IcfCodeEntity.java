package se.folja.store.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import se.folja.api.ibic.IcfCodeEntry;

/** A code of the latest loaded ICF code list, with its titles. */
@Entity
@Table(name = "icf_code")
public class IcfCodeEntity {

    @Id
    @Column(name = "code", length = 6)
    private String code;

    @Column(name = "list_id", nullable = false)
    private long listId;

    @Column(name = "title_sv", length = 500)
    private String titleSv;

    @Column(name = "title_en", length = 500)
    private String titleEn;

    protected IcfCodeEntity() {
        // for JPA
    }

    public static IcfCodeEntity of(IcfCodeEntry entry, long listId) {
        IcfCodeEntity entity = new IcfCodeEntity();
        entity.code = entry.code();
        entity.listId = listId;
        entity.titleSv = entry.titleSv();
        entity.titleEn = entry.titleEn();
        return entity;
    }

    public IcfCodeEntry toRecord() {
        return new IcfCodeEntry(code, titleSv, titleEn);
    }
}
