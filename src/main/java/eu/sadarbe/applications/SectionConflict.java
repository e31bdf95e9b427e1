package eu.sadarbe.applications;

import eu.sadarbe.shared.Refusal;

/**
 * Someone saved this section since the version the editor started from: nothing is overwritten. The editor sees
 * both texts, theirs and the current one, and chooses (or merges by hand) before saving on the current version.
 */
public class SectionConflict extends RuntimeException implements Refusal {

    private final DraftSection section;
    private final String yours;
    private final SectionState current;

    public SectionConflict(DraftSection section, String yours, SectionState current) {
        super("Section " + section + " moved on to version " + current.version());
        this.section = section;
        this.yours = yours;
        this.current = current;
    }

    public DraftSection section() {
        return section;
    }

    /** The editor's content, as JSON. */
    public String yours() {
        return yours;
    }

    public SectionState current() {
        return current;
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }

    @Override
    public String messageKey() {
        return "applications.sectionChanged.detail";
    }

    @Override
    public String problemType() {
        return "urn:sadarbe:problem:section-changed";
    }

    @Override
    public String titleKey() {
        return "applications.changed.title";
    }

    @Override
    public Object[] messageArguments(Wording wording) {
        return new Object[] {current.updatedBy()};
    }
}
