package eu.sadarbe.web;

import org.jspecify.annotations.Nullable;

/** The signed-in person as the page shell shows them. */
public interface Person {

    String displayName();

    String email();

    @Nullable String nationalAgencyCode();

    static Person named(String name) {
        return new Person() {
            @Override
            public String displayName() {
                return name;
            }

            @Override
            public String email() {
                return name;
            }

            @Override
            public @Nullable String nationalAgencyCode() {
                return null;
            }
        };
    }
}
