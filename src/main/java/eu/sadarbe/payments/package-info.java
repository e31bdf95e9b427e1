/**
 * Payments: the payment orders of grant agreements in force — pre-financing due within the days R-PAY-01 gives,
 * the second pre-financing after an approved interim report (R-PAY-02), the balance or a recovery after the final
 * report — the agency's finance page, the ISO 20022 credit-transfer file for the bank, and payments marked made.
 */
@ApplicationModule(allowedDependencies = {"grants", "applications", "calls", "accounts", "shared", "web"})
@NullMarked
package eu.sadarbe.payments;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
