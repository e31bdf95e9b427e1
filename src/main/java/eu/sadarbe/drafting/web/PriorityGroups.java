package eu.sadarbe.drafting.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.calls.Priority;

/**
 * The priorities an application may choose, as the form groups them (R-ELIG-08, rules file §1): the horizontal
 * priorities, then those of the action type's field, and any other priority already chosen (a document from
 * elsewhere), so that it can be unticked rather than silently kept.
 */
public record PriorityGroups(List<Priority> horizontal, @Nullable String field, List<Priority> ofField,
                      List<Priority> otherChosen) {

    static PriorityGroups of(List<Priority> priorities, @Nullable String field, List<String> chosen) {
        return new PriorityGroups(
                priorities.stream().filter(Priority::isHorizontal).toList(),
                field,
                priorities.stream().filter(priority -> !priority.isHorizontal() && priority.field().equals(field))
                        .toList(),
                priorities.stream().filter(priority -> !priority.isHorizontal() && !priority.field().equals(field)
                        && chosen.contains(priority.code())).toList());
    }
}
