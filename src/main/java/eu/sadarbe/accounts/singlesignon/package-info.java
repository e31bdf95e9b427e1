/**
 * Single sign-on through an OpenID Connect provider (issue #15), beside passwords and only when its settings name
 * one: Keycloak, EU Login, or a national eID gateway (eIDAS node, Latvija.lv). The provider vouches for who the
 * person is; what they may do stays Sadarbe's, from their account.
 */
@NullMarked
package eu.sadarbe.accounts.singlesignon;

import org.jspecify.annotations.NullMarked;
