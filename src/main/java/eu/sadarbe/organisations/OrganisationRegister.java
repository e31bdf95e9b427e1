package eu.sadarbe.organisations;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.organisations.domain.Organisation;
import eu.sadarbe.organisations.domain.OrganisationRecords;

/** What other modules ask the register: an organisation by its Organisation ID, and whom an account acts for. */
@Service
public class OrganisationRegister {

    private final OrganisationRecords records;

    OrganisationRegister(OrganisationRecords records) {
        this.records = records;
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

    /** The city and country of an organisation, for the distance calculator. */
    @Transactional(readOnly = true)
    public Optional<OrganisationPlace> placeOf(Oid oid) {
        return records.byOid(oid).map(Organisation::place);
    }
}
