package se.folja.rest.internal.fhir;

import java.util.List;

import javax.ws.rs.core.MediaType;

/** What Följa's FHIR endpoints share: their path, media type and choice of it. */
final class Fhir {

    /** The path of the FHIR endpoints below the application's base. */
    static final String PATH = "fhir";
    static final String MEDIA_TYPE = "application/fhir+json";
    static final MediaType MEDIA_TYPE_TYPE = MediaType.valueOf(MEDIA_TYPE);

    private Fhir() {
    }

    /**
     * @param acceptable the client's acceptable media types, most preferred first
     * @return {@code application/json} if the client prefers it by name, else {@code application/fhir+json}
     */
    static MediaType mediaType(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (type.getType().equals("application") && type.getSubtype().equals("json")) {
                return MediaType.APPLICATION_JSON_TYPE;
            }
            if (type.isCompatible(MEDIA_TYPE_TYPE)) {
                return MEDIA_TYPE_TYPE;
            }
        }
        return MEDIA_TYPE_TYPE;
    }

    /** @return whether a path relative to the application's base is one of the FHIR endpoints' */
    static boolean isFhirPath(String path) {
        String relative = path == null ? "" : path.startsWith("/") ? path.substring(1) : path;
        return relative.equals(PATH) || relative.startsWith(PATH + "/");
    }
}
