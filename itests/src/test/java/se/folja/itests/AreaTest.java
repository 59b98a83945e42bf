package se.folja.itests;

import java.io.IOException;

import org.junit.After;
import org.junit.Before;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;

/**
 * What every area test class shares: the container of the run ({@link FoljaKaraf#options()}), Följa up with its
 * demo municipality before each test ({@link Given#foljaIsUp(Api)}), and no error in Karaf's log after it. An area
 * class extends this and carries {@code @RunWith(PaxExam.class)} and {@code @ExamReactorStrategy(PerSuite.class)}
 * itself, which is how {@link AreasIT} finds it.
 */
public abstract class AreaTest {

    /** The HTTP client of the tests, as the demo users. */
    protected final Api api = new Api();

    @Configuration
    public Option[] config() {
        return FoljaKaraf.options();
    }

    @Before
    public void foljaIsUp() throws Exception {
        Given.foljaIsUp(api);
    }

    @After
    public void karafLoggedNoError() throws IOException {
        KarafLog.assertNoErrors();
    }
}
