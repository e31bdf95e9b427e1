package eu.sadarbe.drafting.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.DraftSection;
import eu.sadarbe.applications.AnnexFile;
import eu.sadarbe.applications.AnnexKind;
import eu.sadarbe.applications.ApplicationAnnexes;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.applications.DraftOverview;
import eu.sadarbe.applications.DraftRefused;
import eu.sadarbe.applications.PartnerMandate;

/**
 * The annexes section: each partner organisation's mandate for the coordinator and other annexes, uploaded as
 * PDF (GOV.UK file upload, no JavaScript needed), downloaded by whoever may view the draft, removed by editors.
 * A missing mandate is a warning only: mandates may follow until the grant agreement is signed.
 */
@Controller
class AnnexPageController {

    private final ApplicationAnnexes annexes;
    private final DraftDesk drafting;
    private final DraftErrors errors;

    AnnexPageController(ApplicationAnnexes annexes, DraftDesk drafting, DraftErrors errors) {
        this.annexes = annexes;
        this.drafting = drafting;
        this.errors = errors;
    }

    @GetMapping("/applications/{id}/sections/annexes")
    String page(@AuthenticationPrincipal SignedInUser user, @PathVariable ApplicationId id, Model model) {
        DraftOverview overview = drafting.overview(user.id(), id);
        List<PartnerMandate> mandates = annexes.mandates(id);
        model.addAttribute("overview", overview);
        model.addAttribute("draft", overview.summary());
        model.addAttribute("mandates", mandates);
        model.addAttribute("continueTo", DraftPageController.TaskGroups.next(id, DraftSection.ANNEXES));
        model.addAttribute("uploadedMandates", mandates.stream().filter(PartnerMandate::uploaded).count());
        // Other annexes, and mandates of organisations no longer partners, so that nothing referenced is hidden.
        var shownAsMandates = mandates.stream().flatMap(mandate -> mandate.mandate().stream()).toList();
        model.addAttribute("others", annexes.annexes(user.id(), id).stream()
                .filter(annex -> !shownAsMandates.contains(annex)).toList());
        model.addAttribute("maxMegabytes", annexes.settings().maxFileSize().toMegabytes());
        model.addAttribute("maxCount", annexes.settings().maxCount());
        model.addAttribute("maxTotalMegabytes", annexes.settings().maxTotalSize().toMegabytes());
        return "drafting/annexes";
    }

    @PostMapping("/applications/{id}/annexes")
    String upload(@AuthenticationPrincipal SignedInUser user, @PathVariable ApplicationId id,
                  @RequestParam(required = false) @Nullable MultipartFile file,
                  @RequestParam(required = false) @Nullable String target, Model model, Locale locale)
            throws IOException {
        try {
            String chosen = target == null ? "" : target;
            AnnexKind kind = chosen.startsWith("MANDATE:") ? AnnexKind.MANDATE : AnnexKind.OTHER;
            annexes.upload(user.id(), id, kind, kind == AnnexKind.MANDATE ? chosen.substring(8) : null,
                    file == null ? null : file.getOriginalFilename(), file == null ? new byte[0] : file.getBytes());
            return "redirect:/applications/" + id + "/sections/annexes?uploaded";
        } catch (DraftRefused refused) {
            model.addAttribute("errors", errors.lines(refused, locale));
            model.addAttribute("target", target);
            return page(user, id, model);
        }
    }

    @GetMapping("/applications/{id}/annexes/{annexId}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal SignedInUser user, @PathVariable ApplicationId id,
                                    @PathVariable UUID annexId) {
        AnnexFile file = annexes.file(user.id(), id, annexId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.annex().fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    @PostMapping("/applications/{id}/annexes/{annexId}/removal")
    String remove(@AuthenticationPrincipal SignedInUser user, @PathVariable ApplicationId id,
                  @PathVariable UUID annexId) {
        annexes.remove(user.id(), id, annexId);
        return "redirect:/applications/" + id + "/sections/annexes?removed";
    }
}
