package se.folja.rest.internal.request;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

import se.folja.rest.internal.problem.ProblemException;

class LimitedBodyTest {

    @Test
    void aBodyUpToTheLimitIsReadWhole() throws IOException {
        byte[] body = "0123456789".getBytes();
        try (InputStream in = new LimitedBody(new ByteArrayInputStream(body), 10, "at most 10 bytes")) {
            assertArrayEquals(body, in.readAllBytes());
        }
    }

    @Test
    void aByteBeyondTheLimitIs413SayingWhatFits() throws IOException {
        try (InputStream in = new LimitedBody(new ByteArrayInputStream(new byte[11]), 10, "at most 10 bytes")) {
            in.readNBytes(10);
            ProblemException e = assertThrows(ProblemException.class, in::read);
            assertEquals(413, e.response().getStatus());
        }
        try (InputStream in = new LimitedBody(new ByteArrayInputStream(new byte[11]), 10, "at most 10 bytes")) {
            assertEquals(413, assertThrows(ProblemException.class, in::readAllBytes).response().getStatus());
        }
    }
}
