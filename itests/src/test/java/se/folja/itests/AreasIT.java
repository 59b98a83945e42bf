package se.folja.itests;

import java.io.File;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.runner.RunWith;
import org.junit.runners.Suite;
import org.junit.runners.model.InitializationError;
import org.junit.runners.model.RunnerBuilder;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * Every area test class of this package ({@code *IT} with {@code @ExamReactorStrategy(PerSuite.class)}), found by
 * itself, run as one JUnit suite: one Karaf for all of them, on the database of the run ({@link FoljaKaraf}).
 *
 * <p>Pax Exam stops a {@code PerSuite} container when no test class it has seen a runner for is left to run.
 * Failsafe runs one test class after the other, each with its own runner, so without a suite the container
 * would stop and boot again for each class; a suite makes every class's runner first.
 *
 * <p>The system property {@value #ORDER} runs the classes {@code by-name} (the default), {@code reversed}, or
 * shuffled by a number as seed: no area test may depend on which class runs first.
 *
 * <p>A {@link Watchdog} ends a run that hangs, with thread dumps of the driver and of Karaf.
 */
@RunWith(AreasIT.Areas.class)
public class AreasIT {

    /** The system property that orders the area classes: {@code by-name}, {@code reversed} or a seed. */
    static final String ORDER = "folja.itest.order";

    private AreasIT() {
    }

    /** The suite of the area classes beside {@link AreasIT}. */
    public static final class Areas extends Suite {
        public Areas(Class<?> suite, RunnerBuilder builder) throws InitializationError {
            super(builder, suite, areaClasses(suite));
            Watchdog.start("areas-" + FoljaKaraf.database());
        }
    }

    static Class<?>[] areaClasses(Class<?> suite) throws InitializationError {
        File directory;
        try {
            directory = new File(new File(suite.getProtectionDomain().getCodeSource().getLocation().toURI()),
                    suite.getPackageName().replace('.', File.separatorChar));
        } catch (URISyntaxException e) {
            throw new InitializationError(e);
        }
        String[] files = directory.list((dir, name) -> name.endsWith("IT.class"));
        List<Class<?>> areas = new ArrayList<>();
        for (String file : files == null ? new String[0] : files) {
            Class<?> candidate;
            try {
                candidate = Class.forName(suite.getPackageName() + "." + file.substring(0, file.length() - 6));
            } catch (ClassNotFoundException e) {
                throw new InitializationError(e);
            }
            ExamReactorStrategy strategy = candidate.getAnnotation(ExamReactorStrategy.class);
            if (strategy != null && Arrays.asList(strategy.value()).contains(PerSuite.class)) {
                areas.add(candidate);
            }
        }
        if (areas.isEmpty()) {
            throw new InitializationError("no area test class beside " + suite.getName() + " in " + directory);
        }
        areas.sort(Comparator.comparing(Class::getName));
        String order = System.getProperty(ORDER, "by-name");
        if (order.equals("reversed")) {
            Collections.reverse(areas);
        } else if (!order.equals("by-name")) {
            Collections.shuffle(areas, new Random(Long.parseLong(order)));
        }
        return areas.toArray(Class<?>[]::new);
    }
}
