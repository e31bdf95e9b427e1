package eu.sadarbe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ProductionProfileTests {

    @Test
    void refusesToStartWithDemoDataOnTheProductionProfile() {
        new ApplicationContextRunner()
                .withUserConfiguration(Infrastructure.DemoNeverInProduction.class)
                .withPropertyValues("spring.profiles.active=demo,postgres")
                .run(context -> assertThat(context).hasFailed()
                        .getFailure().rootCause().hasMessageContaining("must not be combined"));
    }

    @Test
    void startsTheProductionProfileWithoutDemoData() {
        new ApplicationContextRunner()
                .withUserConfiguration(Infrastructure.DemoNeverInProduction.class)
                .withPropertyValues("spring.profiles.active=postgres")
                .run(context -> assertThat(context).hasNotFailed());
    }
}
