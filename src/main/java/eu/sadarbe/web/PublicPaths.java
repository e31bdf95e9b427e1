package eu.sadarbe.web;

import java.util.List;

/**
 * URL patterns a module serves to everyone without sign-in. Each module declares its own as a bean, so that the
 * security set-up never needs to know the modules.
 */
public record PublicPaths(List<String> patterns) {

    public static PublicPaths of(String... patterns) {
        return new PublicPaths(List.of(patterns));
    }
}
