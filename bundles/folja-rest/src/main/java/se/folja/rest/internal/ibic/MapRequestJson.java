package se.folja.rest.internal.ibic;

import java.util.List;

/** Codes to map in one request. */
public record MapRequestJson(List<String> codes) {
}
