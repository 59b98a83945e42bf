package se.folja.rest.internal.problem;

import java.util.List;

import se.folja.api.FieldError;

/**
 * An RFC 9457 problem detail ({@code application/problem+json}).
 *
 * @param type a URI naming the kind of problem
 * @param title a short summary of the kind of problem, the same for every occurrence
 * @param status the HTTP status
 * @param detail what went wrong this time; never personal data, never a stack trace
 * @param errors for validation problems: each invalid field and what is wrong with it; otherwise null
 */
public record ProblemJson(String type, String title, int status, String detail, List<FieldError> errors) {
}
