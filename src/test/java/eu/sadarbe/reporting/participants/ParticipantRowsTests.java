package eu.sadarbe.reporting.participants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import eu.sadarbe.applications.document.ActivityType;
import eu.sadarbe.applications.document.ParticipantKind;
import eu.sadarbe.calls.MigrationRuleParameters;
import eu.sadarbe.reporting.domain.Participant;
import eu.sadarbe.reporting.domain.ReportedLearningActivity;
import eu.sadarbe.reporting.web.ParticipantImportApiController;

/**
 * Reading participants files (xlsx and CSV, both separators, a BOM, English and Latvian headers and values) and
 * checking their rows against the project and the call year's figures (R-FIN-07, R-FIN-08, R-CTRY-01), without
 * Spring or a database.
 */
class ParticipantRowsTests {

    static final ParticipantRows.Project SCHOOL_EXCHANGE = new ParticipantRows.Project(LocalDate.of(2020, 9, 1),
            LocalDate.of(2021, 8, 31), Set.of("E10000002", "E10000012"), Set.of("E10000002"),
            MigrationRuleParameters.forCall(2020, "KA229"), ParticipantImport.activityTypes(messages()));

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    /** Tartu is 210 km from Jelgava; "Riga" has several places; "Atlantis" none. */
    static final ParticipantRows.DistanceFinder DISTANCES = (from, to) -> switch (from) {
        case "Jelgava, LV", "E10000002" -> ParticipantRows.Measured.of(210,
                SCHOOL_EXCHANGE.parameters().band(eu.sadarbe.calls.DistancePurpose.LEARNING_TRAVEL, 210).orElse(null));
        case "Riga" -> ParticipantRows.Measured.ambiguous(List.of("Riga, LV", "Riga, US"));
        default -> ParticipantRows.Measured.unknown();
    };

    static ParticipantRows.Checked check(byte[] file) {
        return new ParticipantRows(SCHOOL_EXCHANGE, DISTANCES).check(ParticipantSheet.read(file).rows(), List.of(),
                ParticipantRows.Mode.APPEND);
    }

    static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    @Test
    void anExcelFileWithRealDatesAndNumbersBecomesOneActivityWithItsParticipants() {
        ParticipantRows.Checked checked = check(ParticipantFiles.xlsx(ParticipantFiles.ENGLISH,
                ParticipantFiles.schoolExchange(20)));

        assertThat(checked.refused()).isEmpty();
        assertThat(checked.activities()).singleElement().satisfies(activity -> {
            assertThat(activity.id()).isEqualTo("C1");
            assertThat(activity.activityType()).isEqualTo(ActivityType.SHORT_TERM_EXCHANGE_OF_PUPIL_GROUPS);
            assertThat(activity.host()).isEqualTo("E10000012");
            assertThat(activity.start()).isEqualTo(LocalDate.of(2021, 3, 1));
            assertThat(activity.end()).isEqualTo(LocalDate.of(2021, 3, 7));
            assertThat(activity.participants()).hasSize(20);
        });
        Participant teacher = checked.activities().get(0).participants().get(9);
        assertThat(teacher.kind()).isEqualTo(ParticipantKind.STAFF);
        assertThat(teacher.days()).isEqualTo(7);
        assertThat(teacher.distanceKm()).isEqualTo(210);
        assertThat(teacher.countryOfOrigin()).isEqualTo("LV");
        assertThat(checked.imported()).allSatisfy(row -> assertThat(row.band()).isNotNull());
        assertThat(checked.count(ParticipantRows.Outcome.ADDED)).isEqualTo(20);
    }

    @Test
    void aLatvianCsvWithSemicolonsAndABomReadsLatvianValuesAndDates() {
        byte[] file = ParticipantFiles.csv(';', true, ParticipantFiles.LATVIAN, List.of(
                row("", "Īstermiņa skolēnu grupu apmaiņa", "E10000012", "", "Jānis Kalniņš", "E10000002", "LV",
                        "Izglītojamais", "01.03.2021", "07.03.2021.", "", "Jelgava, LV", "", "jā"),
                row("", "ISTERMINA SKOLENU GRUPU APMAINA", "e10000012", "", "Ilze Liepa", "E10000002", "lv",
                        "pavadošā persona", "2021-03-01", "7.3.2021", "7", "", "210,4", "nē")));
        ParticipantSheet.Read read = ParticipantSheet.read(file);
        assertThat(read.separator()).isEqualTo(';');
        assertThat(read.byteOrderMark()).isTrue();

        ParticipantRows.Checked checked = check(file);
        assertThat(checked.refused()).isEmpty();
        assertThat(checked.activities()).singleElement().satisfies(activity -> {
            assertThat(activity.id()).startsWith("LA-");
            assertThat(activity.participants()).extracting(Participant::kind)
                    .containsExactly(ParticipantKind.LEARNER, ParticipantKind.ACCOMPANYING_PERSON);
            assertThat(activity.participants()).extracting(Participant::days).containsExactly(7, 7);
            assertThat(activity.participants()).extracting(Participant::distanceKm).containsExactly(210, 210);
            assertThat(activity.participants()).extracting(Participant::specialNeeds).containsExactly(true, false);
            assertThat(activity.participants().get(0).fromPlace()).isEqualTo("Jelgava, LV");
        });
    }

    @Test
    void anEnglishCsvWithCommasAndWithoutABomIsReadToo() {
        byte[] file = ParticipantFiles.csv(',', false, ParticipantFiles.ENGLISH, List.of(
                row("C1", "SHORT_TERM_EXCHANGE_OF_PUPIL_GROUPS", "E10000012", "Tartu, EE", "Smith, Anna", "E10000002",
                        "LV", "learner", "2021-03-01", "2021-03-05", "5", "", "210", "")));
        ParticipantSheet.Read read = ParticipantSheet.read(file);
        assertThat(read.separator()).isEqualTo(',');
        assertThat(read.byteOrderMark()).isFalse();
        ParticipantRows.Checked checked = check(file);
        assertThat(checked.refused()).isEmpty();
        assertThat(checked.activities().get(0).venue()).isEqualTo("Tartu, EE");
        assertThat(checked.activities().get(0).participants().get(0).name()).isEqualTo("Smith, Anna");
    }

    @Test
    void aCsvSavedByExcelOnALatvianComputerInWindows1257IsReadWithItsDiacritics() {
        String text = String.join(";", ParticipantFiles.LATVIAN) + "\r\n"
                + "C1;Īstermiņa skolēnu grupu apmaiņa;E10000012;;Žanis Ķēniņš;E10000002;LV;izglītojamais;"
                + "01.03.2021;07.03.2021;;;210;nē\r\n";
        ParticipantRows.Checked checked = check(text.getBytes(Charset.forName("windows-1257")));
        assertThat(checked.refused()).isEmpty();
        assertThat(checked.activities().get(0).participants().get(0).name()).isEqualTo("Žanis Ķēniņš");
    }

    @Test
    void eachBadRowIsListedWithItsColumnAndRuleWhileTheGoodRowsAreKept() {
        List<List<Object>> rows = new ArrayList<>(ParticipantFiles.schoolExchange(3));
        rows.add(row("C1", "", "", "", "Bad Date", "E10000002", "LV", "learner", "31.02.2021", "2021-03-07", 7, null,
                210, "no"));
        rows.add(row("C2", "Weekend trip", "E10000012", "", "Unknown Type", "E10000002", "LV", "learner",
                LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 7), 7, null, 210, "no"));
        rows.add(row("C1", "", "", "", "Unknown Sender", "E99999999", "LV", "learner", LocalDate.of(2021, 3, 1),
                LocalDate.of(2021, 3, 7), 7, null, 210, "no"));
        rows.add(row("C1", "", "", "", "Partner Pupil", "E10000012", "EE", "learner", LocalDate.of(2021, 3, 1),
                LocalDate.of(2021, 3, 7), 7, null, 210, "no"));
        rows.add(row("C1", "", "", "", "Too Short", "E10000002", "LV", "learner", LocalDate.of(2021, 3, 1),
                LocalDate.of(2021, 3, 2), 2, null, 210, "no"));
        rows.add(row("C1", "", "", "", "Too Long", "E10000002", "LV", "learner", LocalDate.of(2021, 3, 1),
                LocalDate.of(2021, 5, 31), 90, null, 210, "no"));
        rows.add(row("C1", "", "", "", "Nowhere", "E10000002", "XX", "pilot", LocalDate.of(2021, 3, 1),
                LocalDate.of(2021, 3, 7), 7, "Atlantis", null, "maybe"));
        rows.add(row("C1", "", "", "", "Riga Person", "E10000002", "LV", "learner", LocalDate.of(2021, 3, 1),
                LocalDate.of(2021, 3, 7), 7, "Riga", null, "no"));
        rows.add(row("C1", "", "", "", "Skolēns 1 Bērziņš", "E10000002", "LV", "learner", LocalDate.of(2021, 3, 1),
                LocalDate.of(2021, 3, 7), 7, null, 210, "no"));
        rows.add(row("C1", "", "", "", "After The Project", "E10000002", "LV", "learner", LocalDate.of(2021, 9, 1),
                LocalDate.of(2021, 9, 7), 7, null, 210, "no"));

        ParticipantRows.Checked checked = check(ParticipantFiles.xlsx(ParticipantFiles.ENGLISH, rows));

        assertThat(checked.activities()).singleElement()
                .satisfies(activity -> assertThat(activity.participants()).hasSize(3));
        assertThat(checked.refused()).extracting(ParticipantRows.Refused::row)
                .containsExactly(5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
        assertThat(problems(checked, 5)).containsExactly("START reporting.import.error.date null");
        assertThat(problems(checked, 6)).containsExactly("ACTIVITY_TYPE reporting.import.error.activityType null");
        assertThat(problems(checked, 7)).containsExactly("SENDING_ORGANISATION reporting.import.error.notOfProject null");
        assertThat(problems(checked, 8)).containsExactly("SENDING_ORGANISATION reporting.import.error.notSender null");
        assertThat(problems(checked, 9)).containsExactly("DAYS reporting.import.error.daysLimits R-FIN-08");
        assertThat(problems(checked, 10)).containsExactly("DAYS reporting.import.error.daysLimits R-FIN-08");
        assertThat(problems(checked, 11)).containsExactlyInAnyOrder("COUNTRY reporting.import.error.country R-CTRY-01",
                "KIND reporting.import.error.kind null", "SPECIAL_NEEDS reporting.import.error.yesNo null",
                "PLACE_OF_ORIGIN reporting.import.error.placeUnknown R-FIN-07");
        assertThat(problems(checked, 12)).containsExactly("PLACE_OF_ORIGIN reporting.import.error.placeAmbiguous R-FIN-07");
        assertThat(problems(checked, 13)).containsExactly("null reporting.import.error.twice null");
        assertThat(problems(checked, 14)).containsExactly("END reporting.import.error.outsideProject null");
    }

    @Test
    void theDayLimitsAreTheCallYearsFiguresOfTheActivityType() {
        // A short-term exchange of pupil groups lasts 3 to 60 days, plus 2 travel days, in the 2020 figures.
        List<List<Object>> rows = new ArrayList<>();
        for (int days : List.of(2, 3, 62, 63)) {
            rows.add(row("C1", "Short-term exchange of groups of pupils", "E10000012", "", "Days " + days,
                    "E10000002", "LV", "learner", LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 1).plusDays(days - 1),
                    days, "", 210, ""));
        }
        ParticipantRows.Checked checked = check(ParticipantFiles.xlsx(ParticipantFiles.ENGLISH, rows));
        assertThat(checked.imported()).extracting(row -> row.participant().days()).containsExactly(3, 62);
        assertThat(checked.refused()).extracting(ParticipantRows.Refused::row).containsExactly(2, 5);
        assertThat(checked.refused().get(0).problems().get(0).arguments()).contains(2, 3, 60);
    }

    @Test
    void theSameFileImportedAgainChangesNothingAndACorrectedRowUpdatesItsParticipant() {
        List<List<Object>> rows = ParticipantFiles.schoolExchange(5);
        ParticipantRows rowsChecker = new ParticipantRows(SCHOOL_EXCHANGE, DISTANCES);
        List<ReportedLearningActivity> first = rowsChecker.check(ParticipantSheet.read(
                ParticipantFiles.xlsx(ParticipantFiles.ENGLISH, rows)).rows(), List.of(), ParticipantRows.Mode.APPEND)
                .activities();

        ParticipantRows.Checked again = rowsChecker.check(ParticipantSheet.read(ParticipantFiles.csv(',', true,
                ParticipantFiles.ENGLISH, rows)).rows(), first, ParticipantRows.Mode.APPEND);
        assertThat(again.activities()).isEqualTo(first);
        assertThat(again.count(ParticipantRows.Outcome.UNCHANGED)).isEqualTo(5);

        rows.get(0).set(10, 6);
        ParticipantRows.Checked corrected = rowsChecker.check(ParticipantSheet.read(
                ParticipantFiles.xlsx(ParticipantFiles.ENGLISH, rows)).rows(), first, ParticipantRows.Mode.APPEND);
        assertThat(corrected.count(ParticipantRows.Outcome.UPDATED)).isEqualTo(1);
        assertThat(corrected.activities().get(0).participants()).hasSize(5);
        assertThat(corrected.activities().get(0).participants().get(0).days()).isEqualTo(6);
    }

    @Test
    void replacingListsTheLinesThatGoAway() {
        ReportedLearningActivity earlier = new ReportedLearningActivity("OLD", ActivityType.SHORT_TERM_JOINT_STAFF_TRAINING,
                "E10000012", null, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 5), List.of(new Participant("P-old",
                "Old One", "E10000002", "LV", ParticipantKind.STAFF, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 5),
                5, null, 210, false)));
        ParticipantRows.Checked replaced = new ParticipantRows(SCHOOL_EXCHANGE, DISTANCES).check(ParticipantSheet.read(
                        ParticipantFiles.xlsx(ParticipantFiles.ENGLISH, ParticipantFiles.schoolExchange(2))).rows(),
                List.of(earlier), ParticipantRows.Mode.REPLACE);
        assertThat(replaced.activities()).extracting(ReportedLearningActivity::id).containsExactly("C1");
        assertThat(replaced.removedLines()).containsExactly("OLD", "P-old");

        ParticipantRows.Checked appended = new ParticipantRows(SCHOOL_EXCHANGE, DISTANCES).check(ParticipantSheet.read(
                        ParticipantFiles.xlsx(ParticipantFiles.ENGLISH, ParticipantFiles.schoolExchange(2))).rows(),
                List.of(earlier), ParticipantRows.Mode.APPEND);
        assertThat(appended.activities()).extracting(ReportedLearningActivity::id).containsExactly("OLD", "C1");
        assertThat(appended.removedLines()).isEmpty();
    }

    @Test
    void aFileThatCannotBeImportedAsAWholeIsRefusedWithItsReason() {
        assertRefused(new byte[0], "reporting.import.file.empty");
        assertRefused("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1), "reporting.import.file.notSpreadsheet");
        assertRefused(new byte[] {'P', 'K', 3, 4, 1, 2, 3}, "reporting.import.file.notSpreadsheet");
        assertRefused(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}, "reporting.import.file.oldExcel");
        assertRefused(new byte[ParticipantSheet.MAXIMUM_BYTES + 1], "reporting.import.file.tooBig");
        assertRefused(ParticipantFiles.csv(',', true, ParticipantFiles.ENGLISH, List.of()), "reporting.import.file.noRows");
        assertRefused(ParticipantFiles.xlsx(ParticipantFiles.ENGLISH, List.of()), "reporting.import.file.noRows");
        assertRefused("name,organisation\nAnna,E10000002\n".getBytes(StandardCharsets.UTF_8),
                "reporting.import.file.missingColumns");
        assertRefused(ParticipantFiles.csv(',', false, ParticipantFiles.ENGLISH,
                ParticipantFiles.schoolExchange(ParticipantSheet.MAXIMUM_ROWS + 1)), "reporting.import.file.tooManyRows");
    }

    @Test
    void anXlsxThatUnzipsToFarMoreThanAParticipantsListIsRefusedBeforeItIsRead() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int megabyte = 0; megabyte <= ParticipantSheet.MAXIMUM_UNZIPPED_BYTES / zeros.length; megabyte++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bytes.size()).isLessThan(ParticipantSheet.MAXIMUM_BYTES);
        assertRefused(bytes.toByteArray(), "reporting.import.file.tooManyRows");
    }

    @Test
    void theColumnsOfAMissingColumnAreNamed() {
        assertThatThrownBy(() -> ParticipantSheet.read(ParticipantFiles.csv(',', false,
                ParticipantFiles.ENGLISH.subList(4, 14), List.of(List.of("x")))))
                .isInstanceOfSatisfying(FileRefused.class, refused -> assertThat(refused.arguments()[0].toString())
                        .contains("ACTIVITY_TYPE", "HOST"));
        assertThat(ParticipantImportApiController.arguments(new Object[] {List.of(ParticipantColumn.HOST)},
                messages(), Locale.forLanguageTag("lv"))[0]).isEqualTo("“uzņēmējas organizācijas id”");
    }

    @Test
    void theTemplatesHeadersAreReadBackInBothLanguages() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("lv"))) {
            assertThat(ParticipantSheet.read(ParticipantFiles.csv(',', false, ParticipantTemplate.headers(locale),
                    List.of(List.of("x")))).columns()).containsExactly(ParticipantColumn.values());
            byte[] xlsx = ParticipantTemplate.xlsx(messages(), locale);
            assertThatThrownBy(() -> ParticipantSheet.read(xlsx)).isInstanceOfSatisfying(FileRefused.class,
                    refused -> assertThat(refused.messageKey()).isEqualTo("reporting.import.file.noRows"));
        }
        assertThat(new String(ParticipantTemplate.csv(Locale.forLanguageTag("lv")), StandardCharsets.UTF_8))
                .startsWith("\uFEFFaktivitāte;aktivitātes veids;");
    }

    private static List<String> problems(ParticipantRows.Checked checked, int row) {
        return checked.refused().stream().filter(refused -> refused.row() == row).findFirst().orElseThrow()
                .problems().stream().map(problem -> problem.column() + " " + problem.messageKey() + " " + problem.rule())
                .toList();
    }

    private static void assertRefused(byte[] file, String key) {
        assertThatThrownBy(() -> ParticipantSheet.read(file)).isInstanceOfSatisfying(FileRefused.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(key));
    }
}
