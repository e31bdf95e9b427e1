@NullMarked
package eu.sadarbe.selection.web;

import org.jspecify.annotations.NullMarked;
