/**
 * Grants: the grant agreement between a National Agency and a selected project — beneficiaries and mandates,
 * dates, the awarded amounts per budget category, the payment scheme (R-PAY-01), the bank account — its
 * signatures, entry into force and amendments (rules file section 6). Payments listen to its events.
 */
@ApplicationModule(allowedDependencies = {"selection", "submission", "applications", "applications :: document",
        "eligibility", "budget", "calls", "organisations", "accounts", "shared", "web"})
@NullMarked
package eu.sadarbe.grants;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
