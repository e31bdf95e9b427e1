package eu.sadarbe.web;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The address people reach Sadarbe at ({@code sadarbe.public-url}, in production {@code SADARBE_SITE_URL}): links in
 * e-mails start with it, and e-mails' Message-IDs are under its host.
 */
@Component
public class PublicSite {

    private final URI url;

    PublicSite(@Value("${sadarbe.public-url:http://localhost:8080}") URI url) {
        this.url = url;
    }

    /** An absolute link to a path of the site, its {@code {…}} variables filled in and encoded. */
    public String link(String path, Object... variables) {
        return UriComponentsBuilder.fromUri(url).path(path).buildAndExpand(variables).encode().toUriString();
    }

    /** The site's host name, for the right-hand side of Message-IDs. */
    public String host() {
        return url.getHost() == null ? "localhost" : url.getHost();
    }
}
