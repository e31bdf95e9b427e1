/**
 * Places: a gazetteer of the cities of the Programme Countries and their neighbouring Partner Countries, and the
 * great-circle distance between two of them with its band for transnational meetings (R-FIN-04) and travel to
 * learning activities (R-FIN-07), as the Commission's distance calculator measures it. Programme Guide, Part C,
 * "Distance calculator".
 */
@ApplicationModule(allowedDependencies = {"calls", "shared", "web"})
@NullMarked
package eu.sadarbe.places;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
