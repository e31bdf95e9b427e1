package eu.sadarbe.applications;

import eu.sadarbe.applications.document.ApplicationDocument;

/**
 * Exactly one version of a draft, as the canonical JSON application document v1 (plus its description texts,
 * annexes and declaration): stable field order, UTF-8, no insignificant whitespace; what submission hashes.
 */
public record FrozenApplication(ApplicationSummary summary, ApplicationDocument document, String canonicalJson) {
}
