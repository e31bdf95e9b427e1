package eu.sadarbe.calls.domain;

import eu.sadarbe.calls.Participation;

/** Day-rate groups A–D belong to Programme Countries, PA–PD to Partner Countries (rules file §4.3). */
public class RateGroupNotForParticipation extends RuntimeException {

    public RateGroupNotForParticipation(Participation participation, String rateGroup) {
        super("The day-rate group " + rateGroup + " does not fit a " + participation + " country");
    }
}
