package eu.sadarbe.selection.domain;

import java.util.Arrays;

import org.springframework.stereotype.Component;

import eu.sadarbe.applications.document.ActionTypeCode;
import eu.sadarbe.calls.CallYears;
import eu.sadarbe.calls.RuleBook;
import eu.sadarbe.calls.RuleFigure;
import eu.sadarbe.calls.RuleParameters;
import eu.sadarbe.selection.RankingKey;

/**
 * R-AWD-05: how long a ranking's reserve list is by default and at most, figures of its call year (R-GEN-01). A
 * ranking of a call year Sadarbe holds no figures for reads the nearest year's, and one of an action type the
 * programme does not have reads the figures every action type shares, so that a typed address never fails.
 */
@Component
public class ReserveListSizes {

    private final RuleBook rules;

    ReserveListSizes(RuleBook rules) {
        this.rules = rules;
    }

    /** The size of the reserve list before the officer sets one. */
    public int defaultSize(RankingKey key) {
        return figures(key).whole(RuleFigure.RESERVE_LIST_DEFAULT_SIZE);
    }

    /** The largest reserve list an officer may set. */
    public int maximum(RankingKey key) {
        return figures(key).whole(RuleFigure.RESERVE_LIST_MAXIMUM_SIZE);
    }

    private RuleParameters figures(RankingKey key) {
        int year = Math.max(CallYears.FIRST, Math.min(CallYears.LAST, key.callYear()));
        String type = Arrays.stream(ActionTypeCode.values()).map(ActionTypeCode::name)
                .filter(key.actionType()::equals).findFirst().orElse("*");
        return rules.parametersFor(year, type);
    }
}
