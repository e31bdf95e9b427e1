/** A draft's history and its conflicts in words, field by field, with what each change did to the budget. */
@NullMarked
package eu.sadarbe.drafting.history;

import org.jspecify.annotations.NullMarked;
