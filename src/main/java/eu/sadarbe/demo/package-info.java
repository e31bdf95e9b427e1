/**
 * Demo: the demo data of the {@code demo} profile — sign-ins for every role, organisations under fixed Organisation
 * IDs, rounds, a draft, a closed round for assessment and a round decided all the way to its grant agreements — built
 * only through the use cases the other modules' pages call, at start-up. The cast (people, Organisation IDs and
 * names) is in {@link eu.sadarbe.demo.DemoCast} and {@link eu.sadarbe.demo.DemoAccounts}; past moments come from
 * {@link eu.sadarbe.demo.DemoClock}, the demo's clock, which it moves back while it brings in past rounds. Every
 * class here is active only under the {@code demo} profile; no module depends on this one.
 */
@ApplicationModule
@NullMarked
package eu.sadarbe.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
