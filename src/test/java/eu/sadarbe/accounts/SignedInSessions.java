package eu.sadarbe.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Signing in through the sign-in form, as a browser does, keeping the session cookie. */
public final class SignedInSessions {

    private SignedInSessions() {
    }

    /** The session after the password step, and where the sign-in went on to. */
    public static SignIn signIn(MockMvc mvc, String email, String password) throws Exception {
        MvcResult result = mvc.perform(post("/sign-in").param("email", email).param("password", password)
                .with(csrf())).andReturn();
        Cookie session = result.getResponse().getCookie("SESSION");
        assertThat(session).as("a session for %s", email).isNotNull();
        return new SignIn(session, result.getResponse().getRedirectedUrl());
    }

    public record SignIn(Cookie session, String redirectedTo) {
    }
}
