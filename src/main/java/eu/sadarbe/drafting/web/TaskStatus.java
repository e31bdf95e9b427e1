package eu.sadarbe.drafting.web;

/** A section's status in the task list (GOV.UK task list component). */
enum TaskStatus {
    NOT_STARTED, HAS_PROBLEMS, COMPLETED;

    public String messageKey() {
        return "drafting.status." + name();
    }
}
