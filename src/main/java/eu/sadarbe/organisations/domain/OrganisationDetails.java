package eu.sadarbe.organisations.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.shared.CountryCode;
import eu.sadarbe.shared.OrganisationType;

/** What an organisation declares about itself: everything on its record that the organisation may change. */
public record OrganisationDetails(String legalName, @Nullable String businessName, CountryCode country, String city,
                                  String address, @Nullable String postcode, OrganisationType type,
                                  @Nullable String legalForm, String registrationNumber, @Nullable String vatNumber,
                                  @Nullable String website, @Nullable String pic, @Nullable String echeCode,
                                  @Nullable LocalDate echeValidUntil, String legalRepresentativeName,
                                  @Nullable String legalRepresentativePosition,
                                  @Nullable String legalRepresentativeEmail, List<ContactPerson> contacts,
                                  List<String> fieldsOfActivity, boolean lookingForPartners, List<String> topics) {

    public OrganisationDetails {
        contacts = List.copyOf(contacts);
        fieldsOfActivity = List.copyOf(fieldsOfActivity);
        topics = List.copyOf(topics);
    }

    /** Each field as text, in a fixed order: the history compares these before and after a change. */
    public Map<String, String> asFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("legalName", legalName);
        fields.put("businessName", text(businessName));
        fields.put("country", country.value());
        fields.put("city", city);
        fields.put("address", address);
        fields.put("postcode", text(postcode));
        fields.put("organisationType", type.name());
        fields.put("legalForm", text(legalForm));
        fields.put("registrationNumber", registrationNumber);
        fields.put("vatNumber", text(vatNumber));
        fields.put("website", text(website));
        fields.put("pic", text(pic));
        fields.put("echeCode", text(echeCode));
        fields.put("echeValidUntil", echeValidUntil == null ? "" : echeValidUntil.toString());
        fields.put("legalRepresentativeName", legalRepresentativeName);
        fields.put("legalRepresentativePosition", text(legalRepresentativePosition));
        fields.put("legalRepresentativeEmail", text(legalRepresentativeEmail));
        fields.put("contacts", contacts.stream()
                .map(contact -> contact.fullName() + " <" + contact.email() + ">"
                        + (contact.phone() == null ? "" : " " + contact.phone()))
                .collect(Collectors.joining("; ")));
        fields.put("fieldsOfActivity", String.join(", ", fieldsOfActivity));
        fields.put("lookingForPartners", String.valueOf(lookingForPartners));
        fields.put("topics", String.join(", ", topics));
        return fields;
    }

    String searchKey() {
        return SearchKeys.of(legalName + " " + text(businessName) + " " + city);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
