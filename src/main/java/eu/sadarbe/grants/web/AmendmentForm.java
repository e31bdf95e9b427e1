package eu.sadarbe.grants.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.budget.BudgetCategory;
import eu.sadarbe.grants.domain.AmendmentKind;
import eu.sadarbe.grants.domain.AmendmentRequest;
import eu.sadarbe.grants.domain.BankAccount;
import eu.sadarbe.grants.domain.GrantRefused;
import eu.sadarbe.grants.domain.Party;
import eu.sadarbe.shared.OrganisationType;

/** What the coordinator enters to ask for an amendment; every field is text, read here with clear refusals. */
public class AmendmentForm {

    private @Nullable String kind;
    private @Nullable String organisationId;
    private @Nullable String legalName;
    private @Nullable String country;
    private @Nullable String organisationType;
    private boolean mandate;
    private @Nullable String projectEnd;
    private @Nullable String from;
    private @Nullable String to;
    private @Nullable String amount;
    private @Nullable String iban;
    private @Nullable String bic;

    AmendmentKind kindOrRefuse() {
        try {
            return AmendmentKind.valueOf(text(kind));
        } catch (IllegalArgumentException unknown) {
            throw new GrantRefused("grants.refused.form", null);
        }
    }

    AmendmentRequest request() {
        return switch (kindOrRefuse()) {
            case PARTNER_JOINS -> {
                String countryCode = text(country).toUpperCase(java.util.Locale.ROOT);
                if (!countryCode.matches("[A-Z]{2}")) {
                    throw new GrantRefused("grants.refused.country", null);
                }
                yield new AmendmentRequest.PartnerJoins(new Party(text(organisationId), text(legalName), countryCode,
                        mandate));
            }
            case PARTNER_WITHDRAWS -> new AmendmentRequest.PartnerWithdraws(text(organisationId));
            case END_DATE_EXTENDED -> {
                try {
                    yield new AmendmentRequest.EndDateExtended(LocalDate.parse(text(projectEnd)));
                } catch (DateTimeParseException invalid) {
                    throw new GrantRefused("grants.refused.date", null);
                }
            }
            case BUDGET_TRANSFER -> {
                try {
                    yield new AmendmentRequest.BudgetTransfer(BudgetCategory.valueOf(text(from)),
                            BudgetCategory.valueOf(text(to)), new BigDecimal(text(amount).replace(',', '.')));
                } catch (IllegalArgumentException invalid) {
                    throw new GrantRefused("grants.refused.transferAmount", "R-BUD-01");
                }
            }
            case BANK_ACCOUNT_CHANGED -> new AmendmentRequest.BankAccountChange(BankAccount.of(text(iban), text(bic)));
        };
    }

    OrganisationType joiningType() {
        try {
            return OrganisationType.valueOf(text(organisationType));
        } catch (IllegalArgumentException unknown) {
            return OrganisationType.OTHER;
        }
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.trim();
    }

    public @Nullable String getKind() { return kind; }
    public void setKind(@Nullable String kind) { this.kind = kind; }
    public @Nullable String getOrganisationId() { return organisationId; }
    public void setOrganisationId(@Nullable String organisationId) { this.organisationId = organisationId; }
    public @Nullable String getLegalName() { return legalName; }
    public void setLegalName(@Nullable String legalName) { this.legalName = legalName; }
    public @Nullable String getCountry() { return country; }
    public void setCountry(@Nullable String country) { this.country = country; }
    public @Nullable String getOrganisationType() { return organisationType; }
    public void setOrganisationType(@Nullable String organisationType) { this.organisationType = organisationType; }
    public boolean isMandate() { return mandate; }
    public void setMandate(boolean mandate) { this.mandate = mandate; }
    public @Nullable String getProjectEnd() { return projectEnd; }
    public void setProjectEnd(@Nullable String projectEnd) { this.projectEnd = projectEnd; }
    public @Nullable String getFrom() { return from; }
    public void setFrom(@Nullable String from) { this.from = from; }
    public @Nullable String getTo() { return to; }
    public void setTo(@Nullable String to) { this.to = to; }
    public @Nullable String getAmount() { return amount; }
    public void setAmount(@Nullable String amount) { this.amount = amount; }
    public @Nullable String getIban() { return iban; }
    public void setIban(@Nullable String iban) { this.iban = iban; }
    public @Nullable String getBic() { return bic; }
    public void setBic(@Nullable String bic) { this.bic = bic; }
}
