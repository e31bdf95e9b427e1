/** The agency's finance page, the project's payments page, the administrators' debtor accounts and the REST API. */
@NullMarked
package eu.sadarbe.payments.web;

import org.jspecify.annotations.NullMarked;
