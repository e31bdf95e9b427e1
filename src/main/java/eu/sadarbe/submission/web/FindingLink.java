package eu.sadarbe.submission.web;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.applications.DraftSection;
import eu.sadarbe.calls.Finding;

/** A finding of the check on the "check your answers" page, with the page of the section where it is fixed. */
record FindingLink(Finding finding, @Nullable String href) {

    static FindingLink of(ApplicationId id, Finding finding) {
        String path = finding.path();
        String slug = Arrays.stream(DraftSection.values()).filter(section -> !path.isEmpty() && section.contains(path))
                .findFirst().map(DraftSection::slug).orElse(null);
        return new FindingLink(finding, slug == null ? null : "/applications/" + id + "/sections/" + slug);
    }
}
