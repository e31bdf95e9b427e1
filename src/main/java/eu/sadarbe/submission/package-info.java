/**
 * Submission: an eligible application is submitted before the deadline of its round (R-SUB-01) or of its
 * individual extension (R-SUB-02), frozen with its SHA-256 digest, numbered and routed to the National Agency of
 * the applicant's country (R-ELIG-09), and receipted with a PDF and an e-mail. Programme Guide, Part C.
 */
@ApplicationModule(allowedDependencies = {"applications", "applications :: document", "eligibility", "budget", "calls",
        "organisations", "accounts", "shared", "web"})
@NullMarked
package eu.sadarbe.submission;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
