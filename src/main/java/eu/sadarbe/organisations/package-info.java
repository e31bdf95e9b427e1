/**
 * Organisations: the register behind every application, grant and result — Organisation IDs (OID), PIC, ECHE,
 * contacts and the accounts acting for each organisation, validation by the National Agency, and the public
 * partner search. Programme Guide, Part C (Organisation ID and validation of organisations).
 */
@ApplicationModule(allowedDependencies = {"calls", "accounts", "places", "shared", "web"})
@NullMarked
package eu.sadarbe.organisations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
