/**
 * Applications: drafts written by an applicant organisation and its invited partners for one open call round, kept
 * in sections with their own versions and a full history, up to the frozen copy that submission takes; and the
 * application document (v1) that describes an application wherever it enters or leaves the system, in its own
 * package exposed as the named interface {@code applications :: document}.
 * Programme Guide, Part B “Strategic Partnerships”; Part C “Information for applicants”.
 */
@ApplicationModule(allowedDependencies = {"calls", "organisations", "accounts", "shared", "web"})
@NullMarked
package eu.sadarbe.applications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
