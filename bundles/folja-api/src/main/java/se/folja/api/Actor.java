package se.folja.api;

import java.util.Objects;

/**
 * The authenticated user on whose behalf a change is made (<em>handläggare, administratör</em>).
 *
 * <p>The user name is the login name from the JAAS realm. It is stored with every change so that the
 * history tells who did what; it is never written to a log line.
 *
 * @param userName the login name, never blank
 * @since 1.0.0
 */
public record Actor(String userName) {

    /** The actor used for changes that the system makes itself, such as the shipped catalogue. */
    public static final Actor SYSTEM = new Actor("system");

    /**
     * @throws IllegalArgumentException if {@code userName} is null or blank
     */
    public Actor {
        Objects.requireNonNull(userName, "userName");
        if (userName.isBlank()) {
            throw new IllegalArgumentException("userName must not be blank");
        }
    }
}
