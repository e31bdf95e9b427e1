@NullMarked
package eu.sadarbe;

import org.jspecify.annotations.NullMarked;
