package eu.sadarbe.calls.rounds;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface CallRoundRepository extends ListCrudRepository<CallRound, UUID> {

    List<CallRound> findByCallYearAndRoundNumber(int callYear, int roundNumber);
}
