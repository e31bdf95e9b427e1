package eu.sadarbe.reporting.domain;

import java.math.BigDecimal;

/**
 * One budget category of the final grant: awarded by the agreement; reported (what the activities reported are worth
 * at the agreement's unit costs); eligible (the same without the lines found ineligible, R-RED-02); transferred in
 * (covered by underspending elsewhere, R-BUD-01); accepted (eligible, capped by the awarded amount plus the transfer).
 */
public record CategoryFigures(BigDecimal awarded, BigDecimal reported, BigDecimal eligible, BigDecimal transferredIn,
                              BigDecimal accepted) {
}
