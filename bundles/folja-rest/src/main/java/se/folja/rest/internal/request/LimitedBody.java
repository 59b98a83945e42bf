package se.folja.rest.internal.request;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import se.folja.rest.internal.problem.ProblemException;
import se.folja.rest.internal.problem.Problems;

/**
 * A request body read up to a limit: a byte past it ends the request with a 413 problem saying {@code whatFits},
 * before the service has read more than the limit.
 */
public final class LimitedBody extends FilterInputStream {
    private final long mostBytes;
    private final String whatFits;
    private long read;

    /**
     * @param body the request body
     * @param mostBytes the most bytes a body may have
     * @param whatFits the problem's detail, e.g. "An import may be at most 5 MB; split it"
     */
    public LimitedBody(InputStream body, long mostBytes, String whatFits) {
        super(body);
        this.mostBytes = mostBytes;
        this.whatFits = whatFits;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? 0 : 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        count(Math.max(n, 0));
        return n;
    }

    private void count(int n) {
        read += n;
        if (read > mostBytes) {
            throw new ProblemException(Problems.PAYLOAD_TOO_LARGE.response(whatFits));
        }
    }
}
