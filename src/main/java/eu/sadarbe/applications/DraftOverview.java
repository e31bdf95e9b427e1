package eu.sadarbe.applications;

import org.jspecify.annotations.Nullable;

/** A draft as its task list shows it: the summary and what the viewer may do. */
public record DraftOverview(ApplicationSummary summary, @Nullable String withdrawalReason, boolean coordinator,
                            boolean mayEdit) {
}
