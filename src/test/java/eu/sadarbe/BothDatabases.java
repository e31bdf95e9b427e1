package eu.sadarbe;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A database test of code that differs per database (tag {@code both-databases}): it runs on PostgreSQL in
 * {@code DatabaseSuite} and on H2 in {@code H2Suite}. The other database tests run once, on PostgreSQL where it is
 * reachable (issue #14).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("both-databases")
public @interface BothDatabases {
}
