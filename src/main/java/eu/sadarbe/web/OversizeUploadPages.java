package eu.sadarbe.web;

import java.util.Optional;

/**
 * A module's forms that take files: the page an upload refused for its size goes back to, where the module says
 * so in the page's language (for example the annexes page with {@code ?tooLarge}).
 */
public interface OversizeUploadPages {

    /** The page (path and query, within the application) to go back to, or empty when {@code path} is not one. */
    Optional<String> pageFor(String path);
}
