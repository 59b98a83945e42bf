package se.folja.rest.internal.ibic;

import java.time.Instant;

import se.folja.api.ibic.IcfCodeListInfo;

/** The loaded ICF code list: its name and version as the file gave them, how many codes, who loaded it when. */
public record IcfCodeListJson(long id, String name, String version, int codes, String loadedBy, Instant loadedAt) {

    static IcfCodeListJson of(IcfCodeListInfo info) {
        return new IcfCodeListJson(info.id(), info.name(), info.version(), info.codes(), info.loadedBy(),
                info.loadedAt());
    }
}
