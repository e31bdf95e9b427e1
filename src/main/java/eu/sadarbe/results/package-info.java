/**
 * Results: what the programme funded and achieved, for everyone — the programme information page and the directory
 * of National Agencies' contacts, the public results platform of funded projects, and the open data (360Giving,
 * IATI, CSV). Built only from what earlier modules publish: selection's {@code ApplicationSelected}, the submitted
 * document's public parts, grants' {@code AgreementEnteredIntoForce} and payments' {@code PaymentMade}. No personal
 * data and no scores of individual applications (issue 20).
 */
@ApplicationModule(allowedDependencies = {"selection", "submission", "applications", "applications :: document",
        "grants", "payments", "calls", "reporting", "shared", "web"})
@NullMarked
package eu.sadarbe.results;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
