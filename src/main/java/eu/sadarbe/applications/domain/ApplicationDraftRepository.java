package eu.sadarbe.applications.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.applications.Access;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.applications.ApplicationStatus;
import eu.sadarbe.applications.DraftChange;
import eu.sadarbe.applications.DraftSection;
import eu.sadarbe.applications.SectionConflict;
import eu.sadarbe.applications.SectionState;
import eu.sadarbe.calls.CallRoundId;

/**
 * Stores {@link ApplicationDraft}s in the draft tables: the one place with their SQL. Saving a section is one
 * conditional UPDATE on its version, so a stale editor never overwrites anyone; the head row's version moves on with
 * every save. Members and invitations, and the read models of lists and history, are kept here too.
 */
@Repository
public class ApplicationDraftRepository {

    private static final String HEAD = "SELECT id, call_round, call_year, action_type, title, applicant_oid, "
            + "applicant_country, status, withdrawal_reason, version, created_by, updated_at FROM application_draft ";

    private final JdbcClient jdbc;

    ApplicationDraftRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The draft with its sections, its head row locked until the transaction ends: changes of one draft queue up. */
    public Optional<ApplicationDraft> load(ApplicationId id) {
        return lock(id).map(head -> new ApplicationDraft(head, sections(id), invitations(id), false));
    }

    /** The draft with its sections, to read (nothing locked). */
    public Optional<ApplicationDraft> read(ApplicationId id) {
        return find(id).map(head -> new ApplicationDraft(head, sections(id), invitations(id), false));
    }

    /**
     * Writes what the draft changed since it was loaded: its sections (each only if still at the version it was
     * loaded with, else {@link SectionConflict} and the transaction rolls back), their history and its head row.
     */
    public void save(ApplicationDraft draft) {
        DraftRow head = draft.head();
        if (draft.isNew()) {
            insert(head, head.updatedAt());
        }
        for (ApplicationDraft.Written section : draft.written()) {
            SectionState before = section.before();
            if (before == null) {
                insertSection(head.id(), section.section(), section.after(), section.editor(), section.at());
            } else if (!updateSection(head.id(), section.section(), section.after(), before.version(),
                    section.editor(), section.at())) {
                throw new SectionConflict(section.section(), section.after(), sections(head.id()).get(section.section()));
            }
        }
        for (ApplicationDraft.MemberChange change : draft.memberChanges()) {
            if (change.access() == null) {
                revokeInvitation(head.id(), change.address());
            } else if (change.account() != null) {
                invite(head.id(), change.account(), change.access(), change.invitedBy(), change.at());
            } else {
                inviteAddress(head.id(), change.address(), change.access(), change.invitedBy(), change.at());
            }
        }
        draft.historyToRecord().forEach(entry -> record(head.id(), entry.version(), entry.section(), entry.editor(),
                entry.at(), entry.before(), entry.after()));
        if (draft.headChanged() && !draft.isNew()) {
            jdbc.sql("UPDATE application_draft SET version = ?, title = ?, status = ?, withdrawal_reason = ?, "
                            + "updated_at = ? WHERE id = ?")
                    .params(head.version(), head.title(), head.status().name(), head.withdrawalReason(),
                            at(head.updatedAt()), head.id().value())
                    .update();
        }
        draft.saved();
    }

    private void insert(DraftRow row, Instant now) {
        jdbc.sql("INSERT INTO application_draft (id, call_round, call_year, action_type, title, applicant_oid, "
                        + "applicant_country, status, version, created_by, created_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(row.id().value(), row.round().value(), row.callYear(), row.actionType(), row.title(),
                        row.applicantOid(), row.applicantCountry(), row.status().name(), row.version(),
                        row.createdBy().value(), at(now), at(now))
                .update();
    }

    public Optional<DraftRow> find(ApplicationId id) {
        return jdbc.sql(HEAD + "WHERE id = ?").param(id.value()).query(ApplicationDraftRepository::row).optional();
    }

    /** Reads the head row and locks it until the transaction ends: saves and freezes of one draft queue up. */
    public Optional<DraftRow> lock(ApplicationId id) {
        return jdbc.sql(HEAD + "WHERE id = ? FOR UPDATE").param(id.value()).query(ApplicationDraftRepository::row).optional();
    }

    public List<DraftRow> visibleTo(AccountId account, Collection<String> applicantOids) {
        List<String> oids = applicantOids.isEmpty() ? List.of("-") : List.copyOf(applicantOids);
        return jdbc.sql(HEAD + "WHERE applicant_oid IN (:oids) OR id IN "
                        + "(SELECT application_id FROM application_member WHERE account_id = :account) "
                        + "ORDER BY updated_at DESC")
                .param("oids", oids).param("account", account.value())
                .query(ApplicationDraftRepository::row).list();
    }

    public Map<DraftSection, SectionState> sections(ApplicationId id) {
        Map<DraftSection, SectionState> sections = new EnumMap<>(DraftSection.class);
        jdbc.sql("SELECT section, content, version, updated_by_name, updated_at FROM application_section "
                        + "WHERE application_id = ?")
                .param(id.value())
                .query((rs, n) -> new SectionState(DraftSection.valueOf(rs.getString("section")),
                        rs.getString("content"), rs.getLong("version"), rs.getString("updated_by_name"),
                        instant(rs, "updated_at")))
                .list().forEach(state -> sections.put(state.section(), state));
        return sections;
    }

    private void insertSection(ApplicationId id, DraftSection section, String content, Editor editor, Instant now) {
        jdbc.sql("INSERT INTO application_section (application_id, section, content, version, updated_by, "
                        + "updated_by_name, updated_at) VALUES (?, ?, ?, 1, ?, ?, ?)")
                .params(id.value(), section.name(), content, editor.account().value(), editor.name(), at(now))
                .update();
    }

    /** @return false when the section is no longer at {@code expectedVersion}: nothing was written */
    private boolean updateSection(ApplicationId id, DraftSection section, String content, long expectedVersion,
                                 Editor editor, Instant now) {
        return jdbc.sql("UPDATE application_section SET content = ?, version = version + 1, updated_by = ?, "
                        + "updated_by_name = ?, updated_at = ? WHERE application_id = ? AND section = ? AND version = ?")
                .params(content, editor.account().value(), editor.name(), at(now), id.value(), section.name(),
                        expectedVersion)
                .update() == 1;
    }

    private void record(ApplicationId id, long applicationVersion, String section, Editor editor, Instant now,
                       @Nullable String before, @Nullable String after) {
        jdbc.sql("INSERT INTO application_change (id, application_id, application_version, section, changed_by, "
                        + "changed_by_name, changed_at, before_content, after_content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), id.value(), applicationVersion, section, editor.account().value(),
                        editor.name(), at(now), before, after)
                .update();
    }

    public List<DraftChange> history(ApplicationId id) {
        return jdbc.sql("SELECT application_version, section, changed_by_name, changed_at, before_content, "
                        + "after_content FROM application_change WHERE application_id = ? "
                        + "ORDER BY application_version DESC, changed_at DESC")
                .param(id.value())
                .query((rs, n) -> new DraftChange(rs.getLong("application_version"), rs.getString("section"),
                        rs.getString("changed_by_name"), instant(rs, "changed_at"), rs.getString("before_content"),
                        rs.getString("after_content")))
                .list();
    }

    public Optional<Access> accessOf(ApplicationId id, AccountId account) {
        return jdbc.sql("SELECT access_level FROM application_member WHERE application_id = ? AND account_id = ?")
                .params(id.value(), account.value()).query(String.class).optional().map(Access::valueOf);
    }

    public List<MemberRow> members(ApplicationId id) {
        return jdbc.sql("SELECT account_id, access_level FROM application_member WHERE application_id = ? "
                        + "ORDER BY invited_at")
                .param(id.value())
                .query((rs, n) -> new MemberRow(new AccountId(rs.getObject("account_id", UUID.class)),
                        Access.valueOf(rs.getString("access_level"))))
                .list();
    }

    private void invite(ApplicationId id, AccountId account, Access access, AccountId invitedBy, Instant now) {
        int updated = jdbc.sql("UPDATE application_member SET access_level = ? WHERE application_id = ? AND account_id = ?")
                .params(access.name(), id.value(), account.value()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO application_member (application_id, account_id, access_level, invited_by, invited_at) "
                            + "VALUES (?, ?, ?, ?, ?)")
                    .params(id.value(), account.value(), access.name(), invitedBy.value(), at(now)).update();
        }
    }

    /** An invitation for an address with no account yet; inviting the address again changes the access. */
    private void inviteAddress(ApplicationId id, String email, Access access, AccountId invitedBy, Instant now) {
        int updated = jdbc.sql("UPDATE application_invitation SET access_level = ? WHERE application_id = ? AND email = ?")
                .params(access.name(), id.value(), email).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO application_invitation (application_id, email, access_level, invited_by, invited_at) "
                            + "VALUES (?, ?, ?, ?, ?)")
                    .params(id.value(), email, access.name(), invitedBy.value(), at(now)).update();
        }
    }

    private Map<String, Access> invitations(ApplicationId id) {
        Map<String, Access> invitations = new java.util.LinkedHashMap<>();
        pendingInvitations(id).forEach(invitation -> invitations.put(invitation.email(), invitation.access()));
        return invitations;
    }

    /** The invitations still waiting for an account, oldest first. */
    public List<eu.sadarbe.applications.Invitation> pendingInvitations(ApplicationId id) {
        return jdbc.sql("SELECT email, access_level FROM application_invitation WHERE application_id = ? ORDER BY invited_at, email")
                .param(id.value())
                .query((rs, n) -> new eu.sadarbe.applications.Invitation(rs.getString("email"),
                        Access.valueOf(rs.getString("access_level"))))
                .list();
    }

    /** Withdraws an invitation no account took up yet; false if there was none for the address. */
    private boolean revokeInvitation(ApplicationId id, String email) {
        return jdbc.sql("DELETE FROM application_invitation WHERE application_id = ? AND email = ?")
                .params(id.value(), email).update() > 0;
    }

    /**
     * The account with this address takes up the invitations that waited for it: each becomes its access to the
     * draft (the access it has already, if any, is left as it is). Answers how many there were.
     */
    public int takeUpInvitations(AccountId account, String email) {
        List<Map<String, Object>> waiting = jdbc.sql(
                        "SELECT application_id, access_level, invited_by, invited_at FROM application_invitation WHERE email = ?")
                .param(email).query().listOfRows();
        for (Map<String, Object> invitation : waiting) {
            Object application = invitation.get("application_id");
            boolean member = jdbc.sql("SELECT COUNT(*) FROM application_member WHERE application_id = ? AND account_id = ?")
                    .params(application, account.value()).query(Integer.class).single() > 0;
            if (!member) {
                jdbc.sql("INSERT INTO application_member (application_id, account_id, access_level, invited_by, invited_at) "
                                + "VALUES (?, ?, ?, ?, ?)")
                        .params(application, account.value(), invitation.get("access_level"),
                                invitation.get("invited_by"), invitation.get("invited_at")).update();
            }
            jdbc.sql("DELETE FROM application_invitation WHERE application_id = ? AND email = ?")
                    .params(application, email).update();
        }
        return waiting.size();
    }

    /** An invited user and what they may do. */
    public record MemberRow(AccountId account, Access access) {
    }

    private static DraftRow row(ResultSet rs, int rowNumber) throws SQLException {
        return new DraftRow(new ApplicationId(rs.getObject("id", UUID.class)),
                new CallRoundId(rs.getObject("call_round", UUID.class)), rs.getInt("call_year"),
                rs.getString("action_type"), rs.getString("title"), rs.getString("applicant_oid"),
                rs.getString("applicant_country"), ApplicationStatus.valueOf(rs.getString("status")),
                rs.getString("withdrawal_reason"), rs.getLong("version"),
                new AccountId(rs.getObject("created_by", UUID.class)), instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
