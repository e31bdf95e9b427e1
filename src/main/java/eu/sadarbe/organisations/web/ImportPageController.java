package eu.sadarbe.organisations.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ooxml.POIXMLException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Agency officers and administrators migrate an existing register from a CSV or Excel file. */
@Controller
@PreAuthorize("hasAnyRole('NA_OFFICER', 'ADMIN')")
class ImportPageController {

    private final OrganisationImport importer;

    ImportPageController(OrganisationImport importer) {
        this.importer = importer;
    }

    @GetMapping("/organisations/import")
    String form(Model model) {
        model.addAttribute("columns", OrganisationImport.COLUMNS);
        return "organisations/import";
    }

    @PostMapping("/organisations/import")
    String importFile(@RequestParam(required = false) MultipartFile file,
                      @RequestParam(defaultValue = "false") boolean onlyValidRows, Model model) {
        model.addAttribute("columns", OrganisationImport.COLUMNS);
        String name = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        if (file == null || file.isEmpty() || !(name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
                || name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx"))) {
            model.addAttribute("fileError", "import.error.file");
            return "organisations/import";
        }
        try {
            model.addAttribute("report", importer.importFile(name, file.getInputStream(), onlyValidRows));
        } catch (IOException | UncheckedIOException | POIXMLException | IllegalArgumentException | IllegalStateException unreadable) {
            model.addAttribute("fileError", "import.error.unreadable");
        }
        return "organisations/import";
    }
}
