package se.folja.browsertests;

import java.nio.file.Path;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The demo assembly every browser test runs against: one copy of {@code karaf-assembly/target/assembly}, started
 * once for the whole run (JUnit's root store) when the first test class asks for it and stopped when the run ends.
 * A test class declares it with {@code @ExtendWith(DemoAssembly.Extension.class)} and takes it as a parameter of a
 * {@code @BeforeAll} method.
 */
final class DemoAssembly {

    private DemoAssembly() {
    }

    private static KarafProcess get(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Started.class, key -> Started.start(), Started.class).karaf;
    }

    /**
     * Starts the assembly before the class's first test (so that its start counts toward no method's timeout) and
     * passes it to the parameters of type {@link KarafProcess}.
     */
    static final class Extension implements BeforeAllCallback, ParameterResolver {
        @Override
        public void beforeAll(ExtensionContext context) {
            get(context);
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == KarafProcess.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return get(context);
        }
    }

    private static final class Started implements ExtensionContext.Store.CloseableResource {
        final KarafProcess karaf;

        private Started(KarafProcess karaf) {
            this.karaf = karaf;
        }

        static Started start() {
            try {
                KarafProcess karaf = new KarafProcess(Path.of(System.getProperty("folja.assembly")),
                        Path.of(System.getProperty("browsertests.home")));
                try {
                    karaf.start();
                } catch (Exception e) {
                    karaf.close();
                    throw e;
                }
                return new Started(karaf);
            } catch (Exception e) {
                throw new IllegalStateException("the demo assembly did not start", e);
            }
        }

        @Override
        public void close() throws Throwable {
            karaf.close();
        }
    }
}
