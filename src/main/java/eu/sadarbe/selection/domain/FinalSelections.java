package eu.sadarbe.selection.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.selection.RankingKey;
import eu.sadarbe.selection.SelectedProject;
import eu.sadarbe.selection.SelectedProjects;

/** Selected applications whose letter was issued, read from the decisions and candidates. */
@Component
class FinalSelections implements SelectedProjects {

    private static final String SELECT = """
            SELECT c.application_id, c.submission_id, c.application_number, c.national_agency_code, c.call_year,
                c.round_number, c.action_type, d.granted, d.letter_issued_at
            FROM selection_decision d JOIN selection_candidate c ON c.application_id = d.application_id
            WHERE d.outcome = 'SELECTED' AND d.letter_issued_at IS NOT NULL AND d.granted IS NOT NULL""";

    private final JdbcClient jdbc;

    FinalSelections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SelectedProject> find(ApplicationId applicationId) {
        return jdbc.sql(SELECT + " AND c.application_id = ?").param(applicationId.value())
                .query(FinalSelections::selected).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<SelectedProject> ofAgency(String nationalAgencyCode) {
        return jdbc.sql(SELECT + " AND c.national_agency_code = ? ORDER BY c.call_year, c.round_number, "
                        + "c.application_number").param(nationalAgencyCode)
                .query(FinalSelections::selected).list();
    }

    private static SelectedProject selected(ResultSet row, int number) throws SQLException {
        return new SelectedProject(new ApplicationId(row.getObject("application_id", UUID.class)),
                row.getObject("submission_id", UUID.class), row.getString("application_number"),
                new RankingKey(row.getString("national_agency_code"), row.getInt("call_year"),
                        row.getInt("round_number"), row.getString("action_type")),
                row.getBigDecimal("granted"), row.getTimestamp("letter_issued_at").toInstant());
    }
}
