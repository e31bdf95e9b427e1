@NullMarked
package eu.sadarbe.selection.domain;

import org.jspecify.annotations.NullMarked;
