package eu.sadarbe.applications;

import java.util.Collection;
import java.util.Map;

/**
 * The application numbers ({@code 2020-1-LV01-KA201-000042}) that submission gave applications at their first
 * submission. Submission, a later module, provides it; the applicants' list of applications shows the numbers.
 */
public interface SubmissionNumbers {

    /** The numbers of those of {@code applications} that were ever submitted. */
    Map<ApplicationId, String> numbersOf(Collection<ApplicationId> applications);
}
