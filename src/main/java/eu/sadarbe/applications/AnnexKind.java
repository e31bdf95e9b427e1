package eu.sadarbe.applications;

/**
 * What an annex is: a partner organisation's mandate conferred on the coordinator (pilnvara; Programme Guide,
 * Part C, grant agreement: every partner gives one, normally at application, at the latest by signature), or any
 * other annex.
 */
public enum AnnexKind {
    MANDATE, OTHER
}
