/**
 * Importing the participants of learning, teaching and training activities (and the activities they belong to) into
 * a report's LEARNING_ACTIVITIES section from .xlsx or CSV (issue 19, item 2): the template in both languages, the
 * file read row by row, each row checked against the call year's figures (R-FIN-07, R-FIN-08), the valid rows saved
 * through {@code Report.save} on the version the coordinator started from, the refused ones listed.
 */
@NullMarked
package eu.sadarbe.reporting.participants;

import org.jspecify.annotations.NullMarked;
