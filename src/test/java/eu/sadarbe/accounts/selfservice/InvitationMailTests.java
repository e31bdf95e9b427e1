package eu.sadarbe.accounts.selfservice;

import static eu.sadarbe.applications.DraftDocuments.ANNA;
import static eu.sadarbe.applications.DraftDocuments.annasDocument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.Access;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.ApplicationRegister;
import eu.sadarbe.applications.ApplicationSummary;
import eu.sadarbe.organisations.Oid;
import eu.sadarbe.organisations.domain.Actor;
import eu.sadarbe.organisations.domain.MembershipInvitations;
import eu.sadarbe.submission.SubmissionTest;
import eu.sadarbe.web.MailParts;
import eu.sadarbe.web.ReceivedMail;

/**
 * Invitations reach people without an account by e-mail (issue #15): to a draft, and to act for an organisation;
 * pending draft invitations are listed and revoked on the task list.
 */
@SubmissionTest
class InvitationMailTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DraftDesk drafting;

    @Autowired
    ApplicationRegister applications;

    @Autowired
    MembershipInvitations memberships;

    @Autowired
    AccountRegister register;

    @Autowired
    UserDetailsService users;

    @Autowired
    GreenMail greenMail;

    @Test
    void aDraftInvitationIsMailedListedRevocableAndTakenUpAfterSignUp() throws Exception {
        SignedInUser anna = (SignedInUser) users.loadUserByUsername(ANNA);
        ApplicationSummary draft = drafting.start(anna.id(), annasDocument("Ķiploku dārzi skolām"), null);
        String colleague = SelfServiceTests.unique("colleague");
        String other = SelfServiceTests.unique("other");

        mvc.perform(post("/applications/{id}/members", draft.id()).param("email", colleague).param("access", "EDIT")
                        .param("lang", "lv").with(user(anna)).with(csrf()))
                .andExpect(redirectedUrl("/applications/" + draft.id() + "#members"));
        drafting.invite(anna.id(), draft.id(), other, Access.VIEW);

        MimeMessage invitation = ReceivedMail.to(greenMail, colleague, "Uzaicinājums strādāt pie Erasmus+ pieteikuma sistēmā Sadarbe");
        assertThat(MailParts.text(invitation)).contains("Anna Bērziņa", "Ķiploku dārzi skolām", "lasīt un labot to",
                "http://localhost:8080/applications", "http://localhost:8080/sign-up");
        mvc.perform(get("/applications/{id}", draft.id()).with(user(anna)))
                .andExpect(content().string(containsString(colleague)))
                .andExpect(content().string(containsString(other)));

        mvc.perform(post("/applications/{id}/invitations/revocation", draft.id()).param("email", other)
                .with(user(anna)).with(csrf())).andExpect(redirectedUrl("/applications/" + draft.id() + "#members"));
        mvc.perform(get("/applications/{id}", draft.id()).with(user(anna)))
                .andExpect(content().string(not(containsString(other))));

        String third = SelfServiceTests.unique("third");
        drafting.invite(anna.id(), draft.id(), third, Access.EDIT);
        mvc.perform(get("/api/v1/applications/{id}/invitations/pending", draft.id()).with(user(anna)))
                .andExpect(content().string(containsString(third)));
        mvc.perform(delete("/api/v1/applications/{id}/invitations/pending", draft.id()).param("email", third)
                .with(user(anna)).with(csrf())).andExpect(status().isNoContent());
        assertThat(drafting.pendingInvitations(anna.id(), draft.id())).extracting(i -> i.email())
                .containsExactly(colleague);

        var opened = register.open(colleague, "Colleague", "lilac ferry cobalt orchard", Set.of(Role.APPLICANT), null);
        assertThat(applications.actingFor(opened.id())).extracting(ApplicationSummary::id).contains(draft.id());
        var revoked = register.open(other, "Other", "lilac ferry cobalt orchard", Set.of(Role.APPLICANT), null);
        assertThat(applications.actingFor(revoked.id())).extracting(ApplicationSummary::id).doesNotContain(draft.id());
    }

    @Test
    void anOrganisationInvitationIsMailedToAnAddressWithoutAnAccount() throws Exception {
        SignedInUser anna = (SignedInUser) users.loadUserByUsername(ANNA);
        String newcomer = SelfServiceTests.unique("org-newcomer");
        memberships.invite(Oid.of("E10000002"), newcomer, Actor.of(anna));

        MimeMessage invitation = ReceivedMail.to(greenMail, newcomer, null);
        assertThat(invitation.getSubject()).startsWith("Invitation to act for");
        assertThat(MailParts.text(invitation)).contains("Anna Bērziņa", "E10000002",
                "http://localhost:8080/invitations", "http://localhost:8080/sign-up");
        assertThat(MailParts.html(invitation)).contains("href=\"http://localhost:8080/invitations\"");
    }
}
