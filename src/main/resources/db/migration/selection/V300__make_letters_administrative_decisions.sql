-- Issue 17, item 2: decision letters as administrative decisions.

-- The one assessment comment the officer wrote or approved at consolidation, quoted by the letter.
ALTER TABLE selection_candidate ADD COLUMN assessment_comment TEXT;

-- The letter's register number (per agency and call year), the language the officer chose before issuing it, and
-- who signed it (the officer's name, frozen when issued).
ALTER TABLE selection_decision ADD COLUMN letter_sequence INT;
ALTER TABLE selection_decision ADD COLUMN letter_reference VARCHAR(40);
ALTER TABLE selection_decision ADD COLUMN letter_signed_by VARCHAR(200);
CREATE UNIQUE INDEX selection_decision_letter_reference_ix ON selection_decision (letter_reference);

-- Every attempt to e-mail a letter: SENT, FAILED (tried again later) or NO_MAIL_SERVER; never updated.
CREATE TABLE selection_letter_attempt (
    id              UUID                     NOT NULL PRIMARY KEY,
    application_id  UUID                     NOT NULL REFERENCES selection_decision (application_id) ON DELETE CASCADE,
    attempted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome         VARCHAR(20)              NOT NULL,
    detail          VARCHAR(500)
);
CREATE INDEX selection_letter_attempt_application_ix ON selection_letter_attempt (application_id, attempted_at);

-- Per agency: how and by when its decisions can be contested, and the signatory's position, in both languages.
-- Administrators edit them; `confirmed` stays false until the agency has confirmed the wording.
CREATE TABLE selection_letter_setting (
    agency_code             VARCHAR(4)               NOT NULL PRIMARY KEY REFERENCES national_agency (code),
    contest_en              VARCHAR(2000)            NOT NULL,
    contest_lv              VARCHAR(2000)            NOT NULL,
    signatory_position_en   VARCHAR(200)             NOT NULL,
    signatory_position_lv   VARCHAR(200)             NOT NULL,
    confirmed               BOOLEAN                  NOT NULL,
    changed_by              VARCHAR(254),
    changed_at              TIMESTAMP WITH TIME ZONE
);

INSERT INTO selection_letter_setting (agency_code, contest_en, contest_lv, signatory_position_en,
                                      signatory_position_lv, confirmed) VALUES
('LV01',
 'Under the Administrative Procedure Law of Latvia (Administratīvā procesa likums), you may contest this decision within one month from the day it was notified to you, by a written submission to the head of the State Education Development Agency, Vaļņu iela 3, Rīga, LV-1050.',
 'Saskaņā ar Administratīvā procesa likumu šo lēmumu var apstrīdēt viena mēneša laikā no tā paziņošanas dienas, iesniedzot rakstveida iesniegumu Valsts izglītības attīstības aģentūras vadītājam, Vaļņu ielā 3, Rīgā, LV-1050.',
 'Programme officer', 'Programmas speciālists', FALSE),
('LV02',
 'Under the Administrative Procedure Law of Latvia (Administratīvā procesa likums), you may contest this decision within one month from the day it was notified to you, by a written submission to the head of the Agency for International Programmes for Youth, Mūkusalas iela 41, Rīga, LV-1004.',
 'Saskaņā ar Administratīvā procesa likumu šo lēmumu var apstrīdēt viena mēneša laikā no tā paziņošanas dienas, iesniedzot rakstveida iesniegumu Jaunatnes starptautisko programmu aģentūras vadītājam, Mūkusalas ielā 41, Rīgā, LV-1004.',
 'Programme officer', 'Programmas speciālists', FALSE);

INSERT INTO selection_letter_setting (agency_code, contest_en, contest_lv, signatory_position_en,
                                      signatory_position_lv, confirmed)
SELECT code,
       'You may contest this decision as the law of the agency''s country provides; write to the agency at the address above within the time limit that law sets.',
       'Šo lēmumu var apstrīdēt aģentūras valsts tiesību aktos noteiktajā kārtībā; rakstiet aģentūrai uz iepriekš norādīto adresi šajos tiesību aktos noteiktajā termiņā.',
       'Programme officer', 'Programmas speciālists', FALSE
FROM national_agency WHERE code NOT IN ('LV01', 'LV02');
