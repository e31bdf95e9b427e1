/**
 * The application document (issue 14, item 5): what an application says — its context, consortium, activities and
 * budget lines — as the records the rules, the budget and the later steps read, and its JSON form, the storage and
 * exchange format of {@code ../shared/api/application-document.md} ({@link ApplicationDocumentReader},
 * {@link DocumentJson}). Other modules name it {@code applications :: document}.
 */
@NamedInterface("document")
@NullMarked
package eu.sadarbe.applications.document;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
