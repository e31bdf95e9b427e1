package eu.sadarbe;

import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * What every node shares: the clock all rules read time from, the database lock that lets a scheduled job run on
 * one node only when several serve the same database, and asynchronous event listeners
 * ({@code @ApplicationModuleListener} runs after the commit, off the request thread).
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class Infrastructure {

    /** The system clock; under the {@code demo} profile the demo module's {@code DemoClock} stands in for it. */
    @Bean
    @Profile("!demo")
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Table and column names stay unquoted, so the same names match H2 (which folds them to upper case) and
     * PostgreSQL (lower case), as the migrations write them.
     */
    @Bean
    static BeanPostProcessor unquotedIdentifiers() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof RelationalMappingContext mappingContext) {
                    mappingContext.setForceQuote(false);
                }
                return bean;
            }
        };
    }

    /**
     * Migrations write {@code ${large_binary}} for columns that hold files (annexes, PDFs): a large object on H2,
     * BYTEA on PostgreSQL. H2 keeps a BYTEA value inside its row; with many multi-megabyte annexes stored at once,
     * H2 2.5 then failed reading its own file and the damage outlived a restart, while large objects are stored
     * apart and held (issue #12: the soak, and {@code scripts/soak/H2LargeRowsStress.java}).
     */
    @Bean
    FlywayConfigurationCustomizer largeBinaryColumns() {
        return configuration -> {
            Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
            boolean h2 = isH2(configuration.getDataSource());
            placeholders.put("large_binary", h2 ? "BINARY LARGE OBJECT" : "BYTEA");
            // Issue 21: a statement only PostgreSQL has (a GIN index) starts with it; H2 reads it as a comment
            placeholders.put("postgresql_only", h2 ? "-- (PostgreSQL only) " : "");
            configuration.placeholders(placeholders);
        };
    }

    private static boolean isH2(DataSource dataSource) {
        try {
            return "H2".equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
        } catch (MetaDataAccessException unreachable) {
            throw new IllegalStateException("Cannot tell which database Sadarbe runs on", unreachable);
        }
    }

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    /** Demo users and data must never reach a production database. */
    @Configuration(proxyBeanMethods = false)
    @Profile("demo & postgres")
    static class DemoNeverInProduction {
        DemoNeverInProduction() {
            throw new IllegalStateException(
                    "The 'demo' profile must not be combined with the production profile 'postgres'.");
        }
    }
}
