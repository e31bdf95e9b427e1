package eu.sadarbe.selection;

import java.util.List;
import java.util.Optional;

import eu.sadarbe.applications.ApplicationId;

/** The final selections (SELECTED, letter issued) for the modules that follow selection, such as grants. */
public interface SelectedProjects {

    /** The application when it was selected and its letter issued; empty otherwise. */
    Optional<SelectedProject> find(ApplicationId applicationId);

    /** Every final selection of the agency, by round and application number. */
    List<SelectedProject> ofAgency(String nationalAgencyCode);
}
