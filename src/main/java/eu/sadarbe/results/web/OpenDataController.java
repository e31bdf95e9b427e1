package eu.sadarbe.results.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import eu.sadarbe.results.domain.OpenDataExport;
import eu.sadarbe.web.PublicSite;

/**
 * The open data of the funded projects under CC BY 4.0, streamed from the database as it is written: no sign-in,
 * no session.
 */
@Controller
@Tag(name = "Open data", description = "Funded Strategic Partnerships as open data, licence CC BY 4.0 "
        + "(https://creativecommons.org/licenses/by/4.0/); one record per selected project, no personal data")
class OpenDataController {

    static final String GRANTS_EXAMPLE = """
            {"version": "1.4", "license": "https://creativecommons.org/licenses/by/4.0/", "grants": [{
            "id": "360G-SADARBE-2020-1-LV01-KA202-000001", "title": "Green skills for apprentices",
            "description": "Apprentices in Riga and Tallinn learn green skills.", "currency": "EUR",
            "amountAwarded": 118500.00, "awardDate": "2021-01-15",
            "plannedDates": [{"startDate": "2021-03-01", "endDate": "2023-02-28", "duration": 24}],
            "recipientOrganization": [{"id": "XI-EPLUS-OID-E10000001", "name": "Rīgas Valsts tehnikums",
            "addressCountry": "LV"}],
            "fundingOrganization": [{"id": "XI-EPLUS-NA-LV01", "name": "State Education Development Agency"}]}]}""";
    static final String ACTIVITIES_EXAMPLE = """
            <iati-activities version="2.03"><iati-activity default-currency="EUR">\
            <iati-identifier>XI-EPLUS-NA-LV01-2020-1-LV01-KA202-000001</iati-identifier>\
            </iati-activity></iati-activities>""";
    static final String CSV_EXAMPLE = """
            applicationNumber,title,callYear,roundNumber,actionType,field,priorities,agency,...
            2020-1-LV01-KA202-000001,Green skills for apprentices,2020,1,KA202,...""";

    private final OpenDataExport export;
    private final PublicSite site;

    OpenDataController(OpenDataExport export, PublicSite site) {
        this.export = export;
        this.site = site;
    }

    @GetMapping("/open-data")
    String page() {
        return "results/open-data";
    }

    @GetMapping("/api/v1/open-data/grants.json")
    @ResponseBody
    @Operation(summary = "A 360Giving data package (schema 1.4) of every funded project",
            description = "One grant per selected project: amountAwarded (the contracted total once the agreement is"
                    + " in force), awardDate, plannedDates, recipientOrganization (the coordinator), "
                    + "partnerOrganization, fundingOrganization (the National Agency), classifications (action type,"
                    + " field, priorities), commitment and disbursement transactions. Organisation identifiers: "
                    + "XI-EPLUS-OID-<Organisation ID>, XI-EPLUS-PIC-<PIC>, XI-EPLUS-NA-<agency code>.",
            responses = @ApiResponse(responseCode = "200", description = "the package, streamed", content = @Content(
                    mediaType = "application/json", schema = @Schema(type = "object",
                    description = "a 360Giving data package, valid against the 360Giving package schema 1.4",
                    example = GRANTS_EXAMPLE))))
    void grants(HttpServletResponse response) throws IOException {
        start(response, "application/json", "grants.json");
        export.writeGrants(response.getOutputStream(), siteUrl());
    }

    @GetMapping("/api/v1/open-data/activities.xml")
    @ResponseBody
    @Operation(summary = "IATI activities (standard 2.03) of every funded project",
            description = "One iati-activity per selected project with its participating organisations (funding: the"
                    + " Commission, extending: the National Agency, implementing: the consortium), dates, status and"
                    + " commitment and disbursement transactions.",
            responses = @ApiResponse(responseCode = "200", description = "the activities, streamed", content = @Content(
                    mediaType = "application/xml", schema = @Schema(type = "string", example = ACTIVITIES_EXAMPLE))))
    void activities(HttpServletResponse response) throws IOException {
        start(response, "application/xml", "activities.xml");
        export.writeActivities(response.getOutputStream(), siteUrl());
    }

    @GetMapping("/api/v1/open-data/projects.csv")
    @ResponseBody
    @Operation(summary = "Every funded project as one row of a CSV table (UTF-8 with a byte order mark)",
            responses = @ApiResponse(responseCode = "200", description = "the table, streamed", content = @Content(
                    mediaType = "text/csv", schema = @Schema(type = "string", example = CSV_EXAMPLE))))
    void projects(HttpServletResponse response) throws IOException {
        start(response, "text/csv", "projects.csv");
        export.writeCsv(response.getOutputStream(), siteUrl());
    }

    private static void start(HttpServletResponse response, String type, String name) {
        response.setContentType(type);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name).build().toString());
        response.setHeader("X-Licence", OpenDataExport.LICENCE);
    }

    private String siteUrl() {
        String link = site.link("/");
        return link.endsWith("/") ? link.substring(0, link.length() - 1) : link;
    }
}
