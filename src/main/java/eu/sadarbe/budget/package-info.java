/**
 * Budget: the grant an application asks for, in the nine budget categories of the Strategic Partnerships
 * (unit contributions and real costs), its maximum and the funding rules R-FIN-01…R-FIN-11. Programme Guide,
 * Part B “Strategic Partnerships — funding rules”.
 */
@ApplicationModule(allowedDependencies = {"applications :: document", "calls", "shared"})
@NullMarked
package eu.sadarbe.budget;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
