package eu.sadarbe;

import java.time.Clock;
import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.jdbc.core.JdbcTemplate;
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

    @Bean
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
