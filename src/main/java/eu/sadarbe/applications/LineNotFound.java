package eu.sadarbe.applications;

/** An activity or cost line asked for by its position is not in the section (any more). */
public class LineNotFound extends RuntimeException {

    public LineNotFound(DraftSection section, String list, int index) {
        super("No line " + index + " in " + section + "." + list);
    }
}
