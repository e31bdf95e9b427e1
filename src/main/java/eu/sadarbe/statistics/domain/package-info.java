/** The statistics read model, the listeners that keep it and the aggregate queries over it. */
@NullMarked
package eu.sadarbe.statistics.domain;

import org.jspecify.annotations.NullMarked;
