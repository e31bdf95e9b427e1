package eu.sadarbe.results.domain;

import java.util.regex.Pattern;

/** Text safe in XML 1.0 and JSON for people: control characters other than tab and line breaks removed. */
final class XmlText {

    private static final Pattern NOT_XML = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    private XmlText() {
    }

    static String clean(String text) {
        return NOT_XML.matcher(text).replaceAll("");
    }
}
