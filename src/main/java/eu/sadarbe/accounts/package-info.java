/**
 * Accounts: the people who sign in — applicants acting for organisations, National Agency officers bound to one
 * agency, experts and administrators — with their roles, language and throttled sign-in, and the security event
 * log ({@link eu.sadarbe.accounts.SecurityEvents}) that other modules write to where a security event happens.
 */
@ApplicationModule(allowedDependencies = {"calls", "shared", "web"})
@NullMarked
package eu.sadarbe.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
