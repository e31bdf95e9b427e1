package eu.sadarbe;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.core.ApplicationModuleIdentifiers;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.runtime.flyway.SpringModulithFlywayMigrationStrategy;

import eu.sadarbe.web.Formats;

/**
 * What every page of a {@link WebSliceTest} needs beside the web layer: the formats its templates call ({@code @fmt}),
 * the clock, the database's column types ({@link Infrastructure}), and the whole schema, migrated module by module as
 * the application does it (Spring Modulith's runtime is not part of a web slice).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({Infrastructure.class, Formats.class})
class WebSlice {

    @Bean
    FlywayMigrationStrategy everyModulesMigrations() {
        return new SpringModulithFlywayMigrationStrategy(
                ApplicationModuleIdentifiers.of(ApplicationModules.of(Sadarbe.class)));
    }
}
