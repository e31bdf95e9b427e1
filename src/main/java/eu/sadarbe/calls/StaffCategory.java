package eu.sadarbe.calls;

/** Staff categories of the intellectual-output day rates (rules file §4.3). */
public enum StaffCategory {
    MANAGER,
    TEACHER_TRAINER_RESEARCHER_YOUTH_WORKER,
    TECHNICIAN,
    ADMINISTRATIVE
}
