package eu.sadarbe.reporting.participants;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import eu.sadarbe.applications.document.ActivityType;
import eu.sadarbe.applications.document.ParticipantKind;
import eu.sadarbe.web.CsvFiles;
import eu.sadarbe.web.Spreadsheets;

/**
 * The template a coordinator fills in, in the page's language: the participants sheet with its header row (and,
 * in .xlsx, a second sheet saying what each column takes, with the activity types and participant kinds as the
 * import reads them). The CSV template is the header row, with the separator a spreadsheet of that language expects.
 */
public final class ParticipantTemplate {

    private ParticipantTemplate() {
    }

    static List<String> headers(Locale locale) {
        return Arrays.stream(ParticipantColumn.values()).map(column -> column.header(locale)).toList();
    }

    public static byte[] xlsx(MessageSource messages, Locale locale) {
        List<List<?>> help = new ArrayList<>();
        for (ParticipantColumn column : ParticipantColumn.values()) {
            help.add(List.of(column.header(locale), messages.getMessage(column.messageKey() + ".help", null, locale)));
        }
        help.add(List.of("", ""));
        for (ActivityType type : ActivityType.values()) {
            help.add(List.of(messages.getMessage("reporting.import.template.activityType", null, locale),
                    messages.getMessage("check.activityType." + type.name(), null, locale)));
        }
        for (ParticipantKind kind : ParticipantKind.values()) {
            help.add(List.of(messages.getMessage("reporting.import.template.kind", null, locale),
                    messages.getMessage("reporting.import.kind." + kind.name(), null, locale)));
        }
        try (Spreadsheets workbook = Spreadsheets.in(locale)) {
            return workbook.sheet(messages.getMessage("reporting.import.template.sheet", null, locale),
                            headers(locale), List.of())
                    .sheet(messages.getMessage("reporting.import.template.helpSheet", null, locale),
                            List.of(messages.getMessage("reporting.import.template.column", null, locale),
                                    messages.getMessage("reporting.import.template.what", null, locale)), help)
                    .bytes();
        }
    }

    public static byte[] csv(Locale locale) {
        return CsvFiles.write(CsvFiles.Separator.forLocale(locale), headers(locale), List.of());
    }
}
