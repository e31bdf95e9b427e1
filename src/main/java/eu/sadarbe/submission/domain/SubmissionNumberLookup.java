package eu.sadarbe.submission.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.applications.SubmissionNumbers;

/** The numbers given at first submission, for the applicants' list of applications (issue 13). */
@Component
class SubmissionNumberLookup implements SubmissionNumbers {

    private final JdbcClient jdbc;

    SubmissionNumberLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<ApplicationId, String> numbersOf(Collection<ApplicationId> applications) {
        Map<ApplicationId, String> numbers = new HashMap<>();
        if (applications.isEmpty()) {
            return numbers;
        }
        jdbc.sql("SELECT application_id, application_number FROM submission_number WHERE application_id IN (:ids)")
                .param("ids", applications.stream().map(ApplicationId::value).toList())
                .query((row, index) -> numbers.put(new ApplicationId(row.getObject("application_id", UUID.class)),
                        row.getString("application_number")))
                .list();
        return numbers;
    }
}
