/** The grant agreement aggregate, its amendments and signatures, and the class holding their SQL. */
@NullMarked
package eu.sadarbe.grants.domain;

import org.jspecify.annotations.NullMarked;
