package se.folja.store.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import javax.persistence.spi.PersistenceUnitTransactionType;
import javax.sql.DataSource;

import org.eclipse.persistence.config.PersistenceUnitProperties;

/** The production persistence unit {@code folja}, bootstrapped by EclipseLink in Java SE over a given DataSource. */
public final class TestPersistence {

    public static final String UNIT = "folja";

    private static final AtomicInteger SESSIONS = new AtomicInteger();

    private TestPersistence() {
    }

    /**
     * @return a RESOURCE_LOCAL factory for the unit of {@code META-INF/persistence.xml}, on {@code dataSource};
     *     the schema must exist already (DDL generation stays off, as in production)
     */
    public static EntityManagerFactory entityManagerFactory(DataSource dataSource) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(PersistenceUnitProperties.TRANSACTION_TYPE, PersistenceUnitTransactionType.RESOURCE_LOCAL.name());
        properties.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, dataSource);
        // Aries weaves entity classes in OSGi; a plain class loader cannot
        properties.put(PersistenceUnitProperties.WEAVING, "false");
        // pool the DataSource's connections, as dbcp2 does in Karaf, instead of one connection per call
        properties.put(PersistenceUnitProperties.CONNECTION_POOL_INTERNALLY_POOL_DATASOURCE, "true");
        // EclipseLink logs every failed statement with its stack trace at WARNING, also the conflicts and
        // rollbacks that the tests provoke and assert
        properties.put(PersistenceUnitProperties.LOGGING_LEVEL, "SEVERE");
        properties.put(PersistenceUnitProperties.DDL_GENERATION, PersistenceUnitProperties.NONE);
        // EclipseLink keeps its sessions by name in the JVM: one name per factory keeps the databases of test
        // classes that might run side by side apart
        properties.put(PersistenceUnitProperties.SESSION_NAME, UNIT + "-test-" + SESSIONS.incrementAndGet());
        return Persistence.createEntityManagerFactory(UNIT, properties);
    }
}
