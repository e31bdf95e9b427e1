/**
 * Drafting: the application form as pages — the task list of sections, each section's page with autosave,
 * the rules engine's findings beside the fields they concern and the budget as you type, editing together with
 * conflicts shown rather than overwritten, history, import and export. Programme Guide, Part C.
 * {@code web} holds the pages (controllers, their form records and views), {@code history} the history in words.
 * The pages change nothing themselves: each binds a form and calls one use case of
 * {@link eu.sadarbe.applications.DraftDesk}, whose draft aggregate makes the change.
 */
@ApplicationModule(allowedDependencies = {"applications", "applications :: document", "eligibility", "budget", "calls",
        "organisations", "places", "accounts", "submission", "shared", "web"})
@NullMarked
package eu.sadarbe.drafting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
