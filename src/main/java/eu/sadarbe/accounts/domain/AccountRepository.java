package eu.sadarbe.accounts.domain;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface AccountRepository extends ListCrudRepository<Account, UUID> {

    Optional<Account> findByEmail(String email);

    boolean existsByEmail(String email);

    /** Just the name, as every saved change records its editor's (without the roles' second query). */
    @Query("SELECT display_name FROM account WHERE id = :id")
    Optional<String> findDisplayNameById(UUID id);

    /**
     * Only the language: saving the whole account would delete and insert its roles again (Spring Data JDBC
     * rewrites an aggregate's collections), a write of data that did not change (issue #12).
     */
    @Modifying
    @Query("UPDATE account SET preferred_language = :language WHERE id = :id")
    int updatePreferredLanguage(UUID id, String language);

    /** The address is proven: the account may sign in (issue #15). */
    @Modifying
    @Query("UPDATE account SET email_verified_at = :at WHERE id = :id AND email_verified_at IS NULL")
    int markEmailVerified(UUID id, java.time.OffsetDateTime at);

    @Modifying
    @Query("UPDATE account SET password_hash = :passwordHash WHERE id = :id")
    int updatePasswordHash(UUID id, String passwordHash);

    @Modifying
    @Query("UPDATE account SET display_name = :displayName WHERE id = :id")
    int updateDisplayName(UUID id, String displayName);

    @Query("SELECT COUNT(*) FROM account_role WHERE role = 'ADMIN'")
    long countAdministrators();
}
