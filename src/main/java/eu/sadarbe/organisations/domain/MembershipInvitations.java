package eu.sadarbe.organisations.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.SecurityEventKind;
import eu.sadarbe.accounts.SecurityEvents;
import eu.sadarbe.organisations.Oid;
import eu.sadarbe.web.Mail;
import eu.sadarbe.web.Mails;
import eu.sadarbe.web.PublicSite;

/**
 * Who acts for an organisation, with consent (issue 12): one of its users invites an e-mail address, the person
 * with that address accepts or declines when signed in, and its users see the pending invitations and may revoke
 * them. Nobody is added without accepting, and the answer to an invitation never tells whether the address has an
 * account.
 */
@Service
public class MembershipInvitations {

    private final OrganisationRepository records;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecurityEvents events;
    private final AccountRegister accounts;
    private final Mails mails;
    private final PublicSite site;

    MembershipInvitations(OrganisationRepository records, JdbcClient jdbc, Clock clock, SecurityEvents events,
                          AccountRegister accounts, Mails mails, PublicSite site) {
        this.records = records;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.accounts = accounts;
        this.mails = mails;
        this.site = site;
    }

    /**
     * One of the organisation's own users invites an e-mail address. Inviting an address that already has a
     * pending invitation, or that of a current user, changes nothing, and answers the same.
     */
    @Transactional
    public void invite(Oid oid, String email, Actor by) {
        Organisation organisation = ownUsersOnly(oid, by);
        String address = normalise(email);
        boolean pending = jdbc.sql("""
                        SELECT COUNT(*) FROM organisation_invitation
                        WHERE organisation_id = :organisation AND email = :email AND status = 'PENDING'""")
                .param("organisation", organisation.id().value()).param("email", address)
                .query(Integer.class).single() > 0;
        if (pending) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO organisation_invitation (id, organisation_id, email, invited_by, invited_at, status)
                        VALUES (:id, :organisation, :email, :by, :at, 'PENDING')""")
                .param("id", UUID.randomUUID()).param("organisation", organisation.id().value())
                .param("email", address).param("by", by.account().value())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        records.record(organisation.id(), List.of(new FieldChange(by.account(), clock.instant(), "invitation", null,
                address)));
        mail(address, organisation, by);
    }

    /**
     * Tells the invited address, with or without an account (issue #15): a link to the invitations page, which asks
     * a newcomer to sign in or sign up first. In the invitee's language if they have an account, else the inviter's.
     */
    private void mail(String address, Organisation organisation, Actor by) {
        Optional<AccountSummary> invitee = accounts.byEmail(address);
        Locale language = invitee.map(account -> Locale.forLanguageTag(account.language()))
                .orElseGet(LocaleContextHolder::getLocale);
        mails.sendAfterCommit(Mail.to(address, language)
                .template("organisations/mail/invitation", "organisations.mail.invitation.subject",
                        organisation.details().legalName())
                .with("organisation", organisation.details().legalName())
                .with("oid", organisation.oid().value())
                .with("inviter", accounts.displayName(by.account()).orElse(""))
                .with("link", site.link("/invitations"))
                .with("hasAccount", invitee.isPresent())
                .with("signUp", site.link("/sign-up")));
    }

    /** The invitations waiting for the person with this e-mail address, newest first. */
    @Transactional(readOnly = true)
    public List<MembershipInvitation> pendingFor(String email) {
        return jdbc.sql(SELECT + " WHERE i.email = :email AND i.status = 'PENDING' ORDER BY i.invited_at DESC")
                .param("email", normalise(email)).query(MembershipInvitations::invitation).list();
    }

    /** The organisation's pending invitations, for its own users. */
    @Transactional(readOnly = true)
    public List<MembershipInvitation> pendingOf(Oid oid, Actor asking) {
        Organisation organisation = ownUsersOnly(oid, asking);
        return jdbc.sql(SELECT + " WHERE i.organisation_id = :organisation AND i.status = 'PENDING'"
                        + " ORDER BY i.invited_at DESC")
                .param("organisation", organisation.id().value()).query(MembershipInvitations::invitation).list();
    }

    /** The invitee accepts: from now on they act for the organisation. */
    @Transactional
    public Oid accept(UUID id, AccountId account, String email) {
        MembershipInvitation invitation = addressedTo(id, email);
        Organisation organisation = records.byOid(invitation.oid()).orElseThrow(() -> new InvitationNotFound(id));
        Instant now = clock.instant();
        answer(id, MembershipInvitation.Status.ACCEPTED, account, now);
        if (!organisation.isActingFor(account)) {
            FieldChange change = organisation.authorise(account, account, now);
            records.update(organisation);
            records.joined(organisation.id(), account, now);
            records.record(organisation.id(), List.of(change));
            // Who may act for an organisation is a security matter: the event log keeps every change to it.
            events.record(SecurityEventKind.ORGANISATION_MEMBER_ADDED, account, invitation.email(), java.util.Map.of(
                    "organisation", organisation.oid().value(), "member", account.toString(),
                    "memberEmail", invitation.email(), "invitedBy", invitation.invitedBy().toString(),
                    "how", "invitation accepted"));
        }
        return organisation.oid();
    }

    /** The invitee declines; the organisation's users see that it is no longer pending. */
    @Transactional
    public void decline(UUID id, AccountId account, String email) {
        MembershipInvitation invitation = addressedTo(id, email);
        answer(id, MembershipInvitation.Status.DECLINED, account, clock.instant());
        records.byOid(invitation.oid()).ifPresent(organisation -> records.record(organisation.id(), List.of(
                new FieldChange(account, clock.instant(), "invitation", invitation.email(), null))));
    }

    /** One of the organisation's users withdraws a pending invitation. */
    @Transactional
    public void revoke(Oid oid, UUID id, Actor by) {
        Organisation organisation = ownUsersOnly(oid, by);
        MembershipInvitation invitation = pending(id).filter(found -> found.oid().equals(organisation.oid()))
                .orElseThrow(() -> new InvitationNotFound(id));
        answer(id, MembershipInvitation.Status.REVOKED, by.account(), clock.instant());
        records.record(organisation.id(), List.of(new FieldChange(by.account(), clock.instant(), "invitation",
                invitation.email(), null)));
    }

    /**
     * A user stops acting for the organisation: they leave ({@code member} is {@code by}), or another of its users
     * removes them (someone who left the school without leaving here). From then on they no longer see or change its
     * record, applications or projects; the membership's period ends now, and conflicts of interest still look back
     * on it. The last user stays.
     */
    @Transactional
    public void endMembership(Oid oid, AccountId member, Actor by) {
        Organisation organisation = ownUsersOnly(oid, by);
        Instant now = clock.instant();
        FieldChange change = organisation.deauthorise(member, by.account(), now);
        records.update(organisation);
        records.left(organisation.id(), member, now);
        records.record(organisation.id(), List.of(change));
        events.record(SecurityEventKind.ORGANISATION_MEMBER_REMOVED, java.util.Map.of(
                "organisation", organisation.oid().value(), "member", member.toString(),
                "how", member.equals(by.account()) ? "left" : "removed by another user"));
    }

    /** Only the organisation's own users add people to it: not an officer, not an administrator (issue 12). */
    private Organisation ownUsersOnly(Oid oid, Actor actor) {
        Organisation organisation = records.byOid(oid).orElseThrow(() -> new UnknownOrganisation(oid));
        if (!organisation.isActingFor(actor.account())) {
            throw new NotAllowedToChange(oid);
        }
        return organisation;
    }

    private MembershipInvitation addressedTo(UUID id, String email) {
        return pending(id).filter(invitation -> invitation.email().equals(normalise(email)))
                .orElseThrow(() -> new InvitationNotFound(id));
    }

    private java.util.Optional<MembershipInvitation> pending(UUID id) {
        return jdbc.sql(SELECT + " WHERE i.id = :id AND i.status = 'PENDING'").param("id", id)
                .query(MembershipInvitations::invitation).optional();
    }

    private void answer(UUID id, MembershipInvitation.Status status, AccountId by, Instant at) {
        int answered = jdbc.sql("""
                        UPDATE organisation_invitation SET status = :status, answered_by = :by, answered_at = :at
                        WHERE id = :id AND status = 'PENDING'""")
                .param("status", status.name()).param("by", by.value()).param("at", Timestamp.from(at))
                .param("id", id).update();
        if (answered != 1) {
            throw new InvitationNotFound(id);
        }
    }

    private static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static final String SELECT = """
            SELECT i.id, o.oid, o.legal_name, i.email, i.invited_by, i.invited_at, i.status
            FROM organisation_invitation i JOIN organisation o ON o.id = i.organisation_id""";

    private static MembershipInvitation invitation(ResultSet rs, int row) throws SQLException {
        return new MembershipInvitation(rs.getObject("id", UUID.class), new Oid(rs.getString("oid")),
                rs.getString("legal_name"), rs.getString("email"),
                new AccountId(rs.getObject("invited_by", UUID.class)), rs.getTimestamp("invited_at").toInstant(),
                MembershipInvitation.Status.valueOf(rs.getString("status")));
    }
}
