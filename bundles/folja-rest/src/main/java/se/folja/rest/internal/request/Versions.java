package se.folja.rest.internal.request;

import javax.ws.rs.core.EntityTag;

import se.folja.api.ValidationException;
import se.folja.rest.internal.problem.ProblemException;
import se.folja.rest.internal.problem.Problems;

/** Versions of stored items as strong ETags ({@code "3"}), and the If-Match header that carries them back. */
public final class Versions {
    public static final String IF_MATCH = "If-Match";

    private Versions() {
    }

    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * @param header the If-Match header as sent
     * @return the version the client read
     * @throws ProblemException 428 if the header is missing
     * @throws ValidationException naming {@code If-Match} if it is not one version
     */
    public static long ifMatch(String header) {
        if (header == null || header.isBlank()) {
            throw new ProblemException(Problems.PRECONDITION_REQUIRED.response(
                    "Send the header If-Match with the ETag you read, e.g. If-Match: \"3\", so that an edit"
                            + " made by someone else in the meantime is not overwritten"));
        }
        String value = header.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        if (value.isEmpty() || value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
            throw ValidationException.of(IF_MATCH, "must be the ETag of the item you read, e.g. \"3\"");
        }
        return Long.parseLong(value);
    }
}
