package eu.sadarbe.drafting.web;

/** A finding of the rules engine, worded in the reader's language, with the section it concerns. */
public record FindingLine(String rule, String severity, String path, String text, String section) {

    public boolean isError() {
        return "ERROR".equals(severity);
    }
}
