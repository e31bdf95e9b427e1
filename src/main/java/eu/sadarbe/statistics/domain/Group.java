package eu.sadarbe.statistics.domain;

/** The figures of the applications sharing one value of a breakdown: an action type, a field or a country code. */
public record Group(String key, Figures figures) {
}
