package eu.sadarbe.calls;

/** How sure the rules file is of a figure: confirmed, partly confirmed, or unconfirmed (flags C, P, U). */
public enum FigureStatus {
    CONFIRMED("C"),
    PARTLY_CONFIRMED("P"),
    UNCONFIRMED("U");

    private final String flag;

    FigureStatus(String flag) {
        this.flag = flag;
    }

    public String flag() {
        return flag;
    }

    public static FigureStatus ofFlag(String flag) {
        for (FigureStatus status : values()) {
            if (status.flag.equals(flag.trim())) {
                return status;
            }
        }
        throw new IllegalArgumentException("Unknown status flag " + flag);
    }
}
