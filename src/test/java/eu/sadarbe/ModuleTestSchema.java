package eu.sadarbe;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.core.ApplicationModuleIdentifiers;
import org.springframework.modulith.runtime.flyway.SpringModulithFlywayMigrationStrategy;

/**
 * A module test's database schema is the whole application's. Spring Modulith would migrate only the modules the test
 * starts, and in a module test not in the order of their dependencies; this runs every module's migrations, as the
 * application does, in the order of {@link ApplicationModuleIdentifiers} (the modules by their dependencies).
 */
@TestConfiguration(proxyBeanMethods = false)
class ModuleTestSchema {

    @Bean
    FlywayMigrationStrategy everyModulesMigrations(ApplicationModuleIdentifiers modules) {
        return new SpringModulithFlywayMigrationStrategy(modules);
    }
}
