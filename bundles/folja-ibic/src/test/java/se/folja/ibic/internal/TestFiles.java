package se.folja.ibic.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The synthetic ICF code list of the demo, and small helpers for the tests. */
final class TestFiles {

    /** The synthetic list that ships with the demo: codes shaped like ICF's, titles made up. */
    static final Path SYNTHETIC = Path.of("..", "folja-demo-journal", "src", "main", "resources", "se", "folja",
            "demo", "journal", "internal", "icf-synthetic.csv");

    private TestFiles() {
    }

    static InputStream synthetic() {
        try {
            return Files.newInputStream(SYNTHETIC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream text(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static IbicConfig config(int cacheSeconds, int maxCodes) {
        return new IbicConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return IbicConfig.class;
            }

            @Override
            public int cache_seconds() {
                return cacheSeconds;
            }

            @Override
            public int codeList_maxCodes() {
                return maxCodes;
            }
        };
    }
}
