package eu.sadarbe.calls.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import eu.sadarbe.calls.ActionType;
import eu.sadarbe.calls.AgencyContacts;
import eu.sadarbe.calls.CallYears;
import eu.sadarbe.calls.Country;
import eu.sadarbe.calls.NationalAgency;
import eu.sadarbe.calls.Priority;
import eu.sadarbe.calls.ReferenceData;
import eu.sadarbe.shared.CountryCode;
import eu.sadarbe.web.PublicPaths;

/** Read-only reference data for other tools: countries, action types, priorities and National Agencies. */
@RestController
@RequestMapping("/api/v1/reference")
@Tag(name = "Reference data", description = "The programme's countries, action types, priorities and National Agencies by call year")
class ReferenceApiController {

    private final ReferenceData reference;

    ReferenceApiController(ReferenceData reference) {
        this.reference = reference;
    }

    @Bean
    static PublicPaths referencePublicPaths() {
        return PublicPaths.of("/reference", "/api/v1/reference/**");
    }

    @GetMapping("/countries")
    @Operation(summary = "Countries with their participation (Programme or Partner Country) in one call year (R-CTRY-01)")
    List<CountryResponse> countries(
            @Parameter(description = "call year, 2014-2020; the latest when absent") @RequestParam(required = false) @Nullable Integer callYear) {
        int year = callYear == null ? CallYears.LAST : callYear;
        return reference.countries(year).stream().map(CountryResponse::of).toList();
    }

    @GetMapping("/action-types")
    @Operation(summary = "Key Action 2 action types, optionally only those open in one call year")
    List<ActionTypeResponse> actionTypes(@RequestParam(required = false) @Nullable Integer callYear) {
        return reference.actionTypes(callYear).stream().map(ActionTypeResponse::of).toList();
    }

    @GetMapping("/priorities")
    @Operation(summary = "Horizontal and field-specific priorities, optionally of one call year and field")
    List<PriorityResponse> priorities(@RequestParam(required = false) @Nullable Integer callYear,
                                      @RequestParam(required = false) @Nullable String field) {
        return reference.priorities(callYear, field).stream().map(PriorityResponse::of).toList();
    }

    @GetMapping("/national-agencies")
    @Operation(summary = "National Agencies and the action types they receive (R-ELIG-09), by call year and country")
    List<NationalAgencyResponse> nationalAgencies(@RequestParam(required = false) @Nullable Integer callYear,
                                                  @RequestParam(required = false) @Nullable String country) {
        return reference.nationalAgencies(callYear, country == null ? null : CountryCode.of(country)).stream()
                .map(agency -> NationalAgencyResponse.of(agency, reference.agencyContacts(agency.code()).orElse(null)))
                .toList();
    }

    record CountryResponse(String code, Map<String, String> names, int callYear, String participation,
                           boolean programmeCountry, String ioRateGroup) {
        static CountryResponse of(Country country) {
            return new CountryResponse(country.code().value(),
                    Map.of("en", country.name().en(), "lv", country.name().lv()), country.callYear(),
                    country.participation().name(), country.isProgrammeCountry(), country.ioRateGroup());
        }
    }

    record ActionTypeResponse(String code, String field, Map<String, String> names, int firstCallYear,
                              int lastCallYear) {
        static ActionTypeResponse of(ActionType type) {
            return new ActionTypeResponse(type.code(), type.field(),
                    Map.of("en", type.name().en(), "lv", type.name().lv()), type.firstCallYear(), type.lastCallYear());
        }
    }

    record PriorityResponse(String code, boolean horizontal, @Nullable String field, Map<String, String> names,
                            int firstCallYear, int lastCallYear) {
        static PriorityResponse of(Priority priority) {
            return new PriorityResponse(priority.code(), priority.isHorizontal(), priority.field(),
                    Map.of("en", priority.name().en(), "lv", priority.name().lv()), priority.firstCallYear(),
                    priority.lastCallYear());
        }
    }

    /**
     * An agency; {@code contacts} (issue 20) is how to reach it, null where nothing is recorded, an empty value not
     * recorded, with {@code confirmed} false where recorded from general knowledge (flag U).
     */
    record NationalAgencyResponse(String code, String country, String name, String nameEn, boolean confirmed,
                                  List<String> actionTypes, @Nullable ContactsResponse contacts) {
        static NationalAgencyResponse of(NationalAgency agency, @Nullable AgencyContacts contacts) {
            return new NationalAgencyResponse(agency.code(), agency.country().value(), agency.name(),
                    agency.nameEn(), agency.confirmed(), agency.actionTypes(),
                    contacts == null ? null : new ContactsResponse(contacts.website(), contacts.email(),
                            contacts.phone(), contacts.address(), contacts.confirmed()));
        }
    }

    record ContactsResponse(String website, String email, String phone, String address, boolean confirmed) {
    }
}
