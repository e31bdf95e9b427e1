package eu.sadarbe.accounts.domain;

import org.springframework.data.relational.core.mapping.Table;

import eu.sadarbe.accounts.Role;

/** One role held by an account. */
@Table("account_role")
record RoleGrant(Role role) {
}
