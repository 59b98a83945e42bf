package se.folja.itests;

import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.util.List;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The demo assembly pointed at PostgreSQL by configuration alone: the same datasource file a production
 * host edits. The test driver starts a real PostgreSQL for it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FoljaPostgresIT extends ImportContract {

    @Configuration
    public Option[] config() {
        String cfg = "etc/org.ops4j.datasource-folja.cfg";
        List<Option> options = baseOptions(System.getProperty("folja.assembly"), "folja-postgres");
        options.addAll(List.of(
                editConfigurationFilePut(cfg, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver"),
                editConfigurationFilePut(cfg, "url", TestPostgres.jdbcUrl()),
                editConfigurationFilePut(cfg, "user", TestPostgres.USER),
                editConfigurationFilePut(cfg, "password", TestPostgres.PASSWORD),
                editConfigurationFilePut(cfg, "dataSourceName", "folja"),
                editConfigurationFilePut(cfg, "pool", "dbcp2"),
                editConfigurationFilePut(cfg, "xa", "true")));
        return options.toArray(Option[]::new);
    }
}
