package se.folja.ibic.internal;

import java.util.List;

import se.folja.api.ibic.IcfCodeEntry;

/** A code list as read from a file, checked and not yet stored. */
record ParsedCodeList(String name, String version, List<IcfCodeEntry> codes) {
}
