/**
 * What people do with their own accounts without an administrator (issue #15): sign up and verify the e-mail
 * address, reset a forgotten password through an e-mailed single-use link, change their password, name and
 * language; and the first administrator's set-up link.
 */
@NullMarked
package eu.sadarbe.accounts.selfservice;

import org.jspecify.annotations.NullMarked;
