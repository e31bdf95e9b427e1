package eu.sadarbe.organisations.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.organisations.domain.ContactPerson;
import eu.sadarbe.organisations.domain.Organisation;
import eu.sadarbe.organisations.domain.OrganisationDetails;
import eu.sadarbe.shared.CountryCode;
import eu.sadarbe.shared.OrganisationType;

/**
 * An organisation's record as the registration page, the JSON API and the bulk import fill it in. Topics are
 * separated by commas or semicolons; a second contact person is optional.
 */
public record OrganisationForm(
        @NotBlank(message = "{organisation.error.legalName}") @Size(max = 300, message = "{organisation.error.tooLong}")
        @Nullable String legalName,
        @Size(max = 300, message = "{organisation.error.tooLong}") @Nullable String businessName,
        @NotBlank(message = "{organisation.error.countryMissing}") @KnownCountry @Nullable String country,
        @NotBlank(message = "{organisation.error.city}") @Size(max = 100, message = "{organisation.error.tooLong}")
        @Nullable String city,
        @NotBlank(message = "{organisation.error.address}") @Size(max = 300, message = "{organisation.error.tooLong}")
        @Nullable String address,
        @Size(max = 20, message = "{organisation.error.tooLong}") @Nullable String postcode,
        @NotBlank(message = "{organisation.error.typeMissing}")
        @Pattern(regexp = OrganisationType.CODES, message = "{organisation.error.type}") @Nullable String organisationType,
        @Size(max = 100, message = "{organisation.error.tooLong}") @Nullable String legalForm,
        @NotBlank(message = "{organisation.error.registrationNumber}")
        @Size(max = 50, message = "{organisation.error.tooLong}") @Nullable String registrationNumber,
        @Pattern(regexp = "^$|[A-Za-z0-9 .\\-]{4,30}", message = "{organisation.error.vatNumber}") @Nullable String vatNumber,
        @Size(max = 300, message = "{organisation.error.tooLong}")
        @Pattern(regexp = "^$|https?://[^\\s]+\\.[^\\s]+", message = "{organisation.error.website}") @Nullable String website,
        @Pattern(regexp = "^$|\\d{9}", message = "{organisation.error.pic}") @Nullable String pic,
        @Size(max = 60, message = "{organisation.error.tooLong}") @Nullable String echeCode,
        @Nullable String echeValidUntil,
        @NotBlank(message = "{organisation.error.legalRepresentativeName}")
        @Size(max = 200, message = "{organisation.error.tooLong}") @Nullable String legalRepresentativeName,
        @Size(max = 200, message = "{organisation.error.tooLong}") @Nullable String legalRepresentativePosition,
        @Email(message = "{organisation.error.email}") @Size(max = 254, message = "{organisation.error.tooLong}")
        @Nullable String legalRepresentativeEmail,
        @NotBlank(message = "{organisation.error.contactName}")
        @Size(max = 200, message = "{organisation.error.tooLong}") @Nullable String contactName,
        @NotBlank(message = "{organisation.error.contactEmail}") @Email(message = "{organisation.error.email}")
        @Size(max = 254, message = "{organisation.error.tooLong}") @Nullable String contactEmail,
        @Pattern(regexp = "^$|\\+?[0-9 ()\\-]{6,30}", message = "{organisation.error.phone}") @Nullable String contactPhone,
        @Size(max = 200, message = "{organisation.error.tooLong}") @Nullable String secondContactName,
        @Email(message = "{organisation.error.email}") @Size(max = 254, message = "{organisation.error.tooLong}")
        @Nullable String secondContactEmail,
        @Pattern(regexp = "^$|\\+?[0-9 ()\\-]{6,30}", message = "{organisation.error.phone}") @Nullable String secondContactPhone,
        @Nullable List<@Pattern(regexp = FIELDS, message = "{organisation.error.field}") String> fieldsOfActivity,
        @Nullable String lookingForPartners,
        @Size(max = 500, message = "{organisation.error.tooLong}") @Nullable String topics,
        @Size(max = 2000, message = "{organisation.error.tooLong}") @Nullable String duplicateReason) {

    /** The fields of education, training and youth, as the action types name them. */
    public static final String FIELDS = "SCHOOL_EDUCATION|VOCATIONAL_EDUCATION_AND_TRAINING|HIGHER_EDUCATION"
            + "|ADULT_EDUCATION|YOUTH";
    public static final List<String> FIELD_CODES = List.of(FIELDS.split("\\|"));

    public static OrganisationForm empty() {
        return new OrganisationForm(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public static OrganisationForm of(Organisation organisation) {
        OrganisationDetails d = organisation.details();
        List<ContactPerson> contacts = d.contacts();
        ContactPerson first = contacts.isEmpty() ? null : contacts.get(0);
        ContactPerson second = contacts.size() < 2 ? null : contacts.get(1);
        return new OrganisationForm(d.legalName(), d.businessName(), d.country().value(), d.city(), d.address(),
                d.postcode(), d.type().name(), d.legalForm(), d.registrationNumber(), d.vatNumber(), d.website(),
                d.pic(), d.echeCode(), d.echeValidUntil() == null ? null : d.echeValidUntil().toString(),
                d.legalRepresentativeName(),
                d.legalRepresentativePosition(), d.legalRepresentativeEmail(),
                first == null ? null : first.fullName(), first == null ? null : first.email(),
                first == null ? null : first.phone(), second == null ? null : second.fullName(),
                second == null ? null : second.email(), second == null ? null : second.phone(),
                d.fieldsOfActivity(), String.valueOf(d.lookingForPartners()), String.join(", ", d.topics()), null);
    }

    /** ECHE: a higher-education institution gives its Erasmus Charter for Higher Education code. */
    @AssertTrue(message = "{organisation.error.echeRequired}")
    public boolean isEcheCodeGivenForHigherEducation() {
        return !"HIGHER_EDUCATION_INSTITUTION".equals(organisationType) || !blank(echeCode);
    }

    @AssertTrue(message = "{organisation.error.echeValidUntil}")
    public boolean isEcheValidUntilADate() {
        return blank(echeValidUntil) || echeValidUntilDate() != null;
    }

    /** A ticked checkbox sends "true" (or "on"); JSON may send true. */
    public boolean looking() {
        return lookingForPartners != null && List.of("true", "on", "yes").contains(lookingForPartners.trim()
                .toLowerCase(Locale.ROOT));
    }

    private @Nullable LocalDate echeValidUntilDate() {
        try {
            return blank(echeValidUntil) ? null : LocalDate.parse(echeValidUntil.trim());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    @AssertTrue(message = "{organisation.error.secondContact}")
    public boolean isSecondContactComplete() {
        boolean any = !blank(secondContactName) || !blank(secondContactEmail) || !blank(secondContactPhone);
        return !any || (!blank(secondContactName) && !blank(secondContactEmail));
    }

    /** The validated form as the register keeps it. */
    public OrganisationDetails toDetails() {
        List<ContactPerson> contacts = new ArrayList<>();
        contacts.add(new ContactPerson(contactName.trim(), contactEmail.trim(), trimmed(contactPhone)));
        if (!blank(secondContactName)) {
            contacts.add(new ContactPerson(secondContactName.trim(), secondContactEmail.trim(),
                    trimmed(secondContactPhone)));
        }
        return new OrganisationDetails(legalName.trim(), trimmed(businessName), CountryCode.of(country),
                city.trim(), address.trim(), trimmed(postcode), OrganisationType.valueOf(organisationType),
                trimmed(legalForm), registrationNumber.trim(), trimmed(vatNumber), trimmed(website), trimmed(pic),
                trimmed(echeCode), echeValidUntilDate(), legalRepresentativeName.trim(),
                trimmed(legalRepresentativePosition), trimmed(legalRepresentativeEmail), contacts,
                fieldsOfActivity == null ? List.of() : fieldsOfActivity.stream().distinct().toList(),
                looking(), topicList());
    }

    private List<String> topicList() {
        if (blank(topics)) {
            return List.of();
        }
        return Arrays.stream(topics.split("[,;]")).map(String::trim).filter(topic -> !topic.isEmpty())
                .map(topic -> topic.length() > 100 ? topic.substring(0, 100) : topic)
                .distinct().toList();
    }

    public boolean hasField(String field) {
        return fieldsOfActivity != null && fieldsOfActivity.contains(field);
    }

    public String countryOrEmpty() {
        return country == null ? "" : country.trim().toUpperCase(Locale.ROOT);
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private static @Nullable String trimmed(@Nullable String text) {
        return blank(text) ? null : text.trim();
    }
}
