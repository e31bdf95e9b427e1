package eu.sadarbe.web;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.extend.FSUriResolver;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jspecify.annotations.Nullable;

/**
 * The only things a document may load while it is rendered: Sadarbe's own fonts and images, from the class path
 * folders {@code fonts/} and {@code documents/}. Everything else — http, https, file, jar, data, ftp, a relative path
 * that climbs out of those folders — is refused, so that text an applicant typed can never make the server fetch a
 * URL or embed a file from its disk (issue #12, section 2). Three locks, each enough on its own: the URI resolver
 * answers nothing for a refused address, the access control refuses it before and after resolving, and every
 * protocol the renderer knows is bound to a stream factory that opens only allowed class path resources.
 */
public final class PdfResources implements FSUriResolver, FSStreamFactory {

    static final String SCHEME = "classpath";
    static final URI BASE = URI.create(SCHEME + ":/documents/");
    static final List<String> FOLDERS = List.of("/documents/", "/fonts/");
    static final Set<ExternalResourceType> TYPES = Set.of(ExternalResourceType.FONT,
            ExternalResourceType.IMAGE_RASTER);

    /** Every protocol the renderer or the JDK would otherwise open for it. */
    private static final String[] REFUSED_PROTOCOLS = {"http", "https", "file", "jar", "data", "ftp", "mailto",
            "jrt", "netdoc", "gopher"};

    private static final FSStreamFactory REFUSED = uri -> new Refused();

    public static final String BASE_URI = BASE.toString();

    /** Gives the builder this resolver, these stream factories and this access control. */
    public void guard(PdfRendererBuilder builder) {
        builder.useUriResolver(this);
        builder.useHttpStreamImplementation(REFUSED);
        builder.useProtocolsStreamImplementation(REFUSED, REFUSED_PROTOCOLS);
        builder.useProtocolsStreamImplementation(this, SCHEME);
        builder.useExternalResourceAccessControl(this::allows, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(this::allows, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    }

    /** The class path address a document may load for this reference, or nothing if it is refused. */
    public Optional<String> resolve(@Nullable String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        String trimmed = reference.strip();
        // Escapes and backslashes could hide a ".." from the checks below; Sadarbe's own files need neither.
        if (trimmed.isEmpty() || trimmed.contains("%") || trimmed.contains("\\") || trimmed.startsWith("//")) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException malformed) {
            return Optional.empty();
        }
        if (uri.getScheme() != null && !SCHEME.equals(uri.getScheme()) || uri.isOpaque()
                || uri.getRawAuthority() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return Optional.empty();
        }
        URI resolved = BASE.resolve(uri).normalize();
        String path = resolved.getPath();
        if (path == null || path.endsWith("/") || List.of(path.split("/")).contains("..")
                || FOLDERS.stream().noneMatch(path::startsWith)) {
            return Optional.empty();
        }
        return Optional.of(resolved.toString());
    }

    public boolean allows(@Nullable String reference, @Nullable ExternalResourceType type) {
        return type != null && TYPES.contains(type) && resolve(reference).isPresent();
    }

    @Override
    public @Nullable String resolveURI(@Nullable String baseUri, @Nullable String uri) {
        return resolve(uri).orElse(null);
    }

    @Override
    public FSStream getUrl(String uri) {
        return resolve(uri).<FSStream>map(ClassPathResource::new).orElseGet(Refused::new);
    }

    /** One of the allowed files, read from this application's class path. */
    private record ClassPathResource(String uri) implements FSStream {

        @Override
        public @Nullable InputStream getStream() {
            String name = URI.create(uri).getPath().substring(1);
            return PdfResources.class.getClassLoader().getResourceAsStream(name);
        }

        @Override
        public @Nullable Reader getReader() {
            InputStream stream = getStream();
            return stream == null ? null : new InputStreamReader(stream, StandardCharsets.UTF_8);
        }
    }

    /** What a refused address gives: nothing, as if it did not exist. */
    private static final class Refused implements FSStream {

        @Override
        public @Nullable InputStream getStream() {
            return null;
        }

        @Override
        public @Nullable Reader getReader() {
            return null;
        }
    }
}
