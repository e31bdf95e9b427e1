package eu.sadarbe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The renderer loads Sadarbe's own fonts and images from the class path and nothing else, ever (issue #12,
 * section 2): every other scheme, and every path that leaves the allowed folders, is refused.
 */
class PdfResourcesTests {

    final PdfResources resources = new PdfResources();

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/x.png", "https://example.org/x.png", "HTTP://127.0.0.1/x.png",
            "//127.0.0.1/x.png", "file:///etc/passwd", "file:/etc/passwd", "FILE:///etc/passwd",
            "data:image/png;base64,iVBORw0KGgo=", "jar:file:/app.jar!/fonts/DejaVuSans.ttf",
            "ftp://example.org/x.png", "jrt:/java.base/java/lang/Object.class", "mailto:a@b.c",
            "../application.properties", "../../../../etc/passwd", "/etc/passwd", "documents/../../etc/passwd",
            "documents/%2e%2e/application.properties", "documents\\..\\application.properties",
            "classpath:/application.properties", "classpath:application.properties",
            "classpath:/documents/../application.properties", "classpath://host/documents/x.png",
            "classpath:/messages/messages.properties", "classpath:/documents/", "documents/x.png?y=1",
            "documents/x.png#z", "", "   "})
    void refusesEverySchemeAndEveryPathOutsideItsOwnFolders(String reference) {
        assertThat(resources.resolve(reference)).as(reference).isEmpty();
        assertThat(resources.resolveURI(PdfResources.BASE_URI, reference)).isNull();
        for (ExternalResourceType type : ExternalResourceType.values()) {
            assertThat(resources.allows(reference, type)).isFalse();
        }
    }

    @Test
    void refusesANullReference() {
        assertThat(resources.resolve(null)).isEmpty();
    }

    @Test
    void servesItsOwnFontsAndImagesFromTheClassPath() throws IOException {
        assertThat(resources.resolve("test-pixel.png")).contains("classpath:/documents/test-pixel.png");
        assertThat(resources.resolve("/documents/test-pixel.png")).contains("classpath:/documents/test-pixel.png");
        assertThat(resources.resolve("classpath:/fonts/DejaVuSans.ttf")).contains("classpath:/fonts/DejaVuSans.ttf");
        assertThat(resources.resolve("../fonts/DejaVuSans.ttf")).contains("classpath:/fonts/DejaVuSans.ttf");
        assertThat(resources.allows("test-pixel.png", ExternalResourceType.IMAGE_RASTER)).isTrue();
        assertThat(resources.allows("classpath:/fonts/DejaVuSans.ttf", ExternalResourceType.FONT)).isTrue();
        try (InputStream font = resources.getUrl("classpath:/fonts/DejaVuSans.ttf").getStream()) {
            assertThat(font).isNotNull();
            assertThat(font.readAllBytes()).hasSizeGreaterThan(100_000);
        }
    }

    @Test
    void allowsOnlyFontsAndImagesEvenFromItsOwnFolders() {
        for (ExternalResourceType type : List.of(ExternalResourceType.CSS, ExternalResourceType.XML_XHTML,
                ExternalResourceType.XML_SVG, ExternalResourceType.PDF, ExternalResourceType.FILE_EMBED,
                ExternalResourceType.BINARY, ExternalResourceType.SVG_BINARY)) {
            assertThat(resources.allows("test-pixel.png", type)).as(type.name()).isFalse();
        }
    }

    @Test
    void opensNothingForARefusedAddressEvenWhenAskedDirectly() {
        assertThat(resources.getUrl("file:///etc/passwd").getStream()).isNull();
        assertThat(resources.getUrl("classpath:/application.properties").getStream()).isNull();
        assertThat(resources.getUrl("classpath:/documents/../application.properties").getReader()).isNull();
    }

    @Test
    void theRendererFetchesNothingThatATemplateAsksForOutsideItsOwnFolders() throws IOException {
        try (HostileText hostile = new HostileText()) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("sources", List.of(hostile.url(), "https://127.0.0.1:" + hostile.url().split(":")[2],
                    "file:///etc/passwd", "file:///usr/share/pixmaps/debian-logo.png",
                    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNgYGAAAAAEAAH2FzhVAAAAAElFTkSuQmCC",
                    "../application.properties", "jar:file:/tmp/x.jar!/x.png"));
            variables.put("allowed", "test-pixel.png");

            byte[] pdf = DocumentPdfFixtures.documentPdf().render("web/guard-test-pdf", Locale.ENGLISH, variables);

            assertThat(hostile.requests()).as("requests the renderer made").isZero();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(images(document.getPage(0))).as("only the allowed image is embedded").isOne();
            }
        }
    }

    static int images(PDPage page) throws IOException {
        int images = 0;
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().isImageXObject(name)) {
                images++;
            }
        }
        return images;
    }
}
