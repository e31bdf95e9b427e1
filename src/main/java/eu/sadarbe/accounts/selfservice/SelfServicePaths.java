package eu.sadarbe.accounts.selfservice;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import eu.sadarbe.web.PublicPaths;

/** Signing up and resetting a password are for people who cannot sign in. */
@Configuration(proxyBeanMethods = false)
class SelfServicePaths {

    @Bean
    static PublicPaths selfServicePublicPaths() {
        return PublicPaths.of("/sign-up", "/sign-up/**", "/password-reset", "/password-reset/**");
    }
}
