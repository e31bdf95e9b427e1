package eu.sadarbe.organisations;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.organisations.domain.Organisation;
import eu.sadarbe.organisations.domain.OrganisationRepository;
import eu.sadarbe.organisations.domain.PartnerQuery;
import eu.sadarbe.organisations.domain.PartnerSearch;

/** What other modules ask the register: an organisation by its Organisation ID, and whom an account acts for. */
@Service
public class OrganisationRegister {

    private final OrganisationRepository records;
    private final PartnerSearch search;

    OrganisationRegister(OrganisationRepository records, PartnerSearch search) {
        this.records = records;
        this.search = search;
    }

    /**
     * Registered organisations whose name holds all the words (without case and diacritics), or with that
     * Organisation ID, optionally in one country; by name, at most {@code limit}. For picking a partner.
     */
    @Transactional(readOnly = true)
    public List<OrganisationSummary> findByName(String words, @Nullable String country, int limit) {
        if (words.isBlank()) {
            return List.of();
        }
        return search.search(new PartnerQuery(words.strip(), country, null, null, null, null, null,
                        PartnerQuery.Sort.NAME, false, 1, limit))
                .listings().stream().map(PartnerSearch.PartnerListing::organisation).toList();
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> byOid(Oid oid) {
        return records.byOid(oid).map(Organisation::toSummary);
    }

    /** The organisations this account may act for. */
    @Transactional(readOnly = true)
    public List<OrganisationSummary> actingFor(AccountId account) {
        return records.actingFor(account).stream().map(Organisation::toSummary).toList();
    }

    /** The accounts that act for an organisation: its people, whom reporting reminds of the project's reports. */
    @Transactional(readOnly = true)
    public List<AccountId> accountsActingFor(Oid oid) {
        return records.byOid(oid).map(organisation -> List.copyOf(organisation.users())).orElse(List.of());
    }

    /** The Organisation IDs this account may act for, without the organisations' details. */
    @Transactional(readOnly = true)
    public List<Oid> oidsActingFor(AccountId account) {
        return records.oidsActingFor(account);
    }

    /**
     * The Organisation IDs this account acts for now or acted for at any time since {@code since}: for the
     * experts' conflict-of-interest check (issue 12).
     */
    @Transactional(readOnly = true)
    public List<Oid> oidsMemberOfSince(AccountId account, Instant since) {
        return records.oidsMemberOfSince(account, since);
    }

    /** The city and country of an organisation, for the distance calculator. */
    @Transactional(readOnly = true)
    public Optional<OrganisationPlace> placeOf(Oid oid) {
        return records.byOid(oid).map(Organisation::place);
    }

    /** The legal name, postal address and legal representative of an organisation, for official letters. */
    @Transactional(readOnly = true)
    public Optional<LegalAddress> legalAddressOf(Oid oid) {
        return records.byOid(oid).map(Organisation::details).map(details -> new LegalAddress(details.legalName(),
                details.address(), details.postcode(), details.city(), details.country(),
                details.legalRepresentativeName(), details.legalRepresentativePosition()));
    }
}
