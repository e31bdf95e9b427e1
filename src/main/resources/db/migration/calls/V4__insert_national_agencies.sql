-- The National Agency of every Programme Country and the action types it handles (rules file 9; routing
-- R-ELIG-09). Latvia is confirmed (VIAA LV01 for KA201-KA204 and KA229, JSPA LV02 for KA205); the other
-- codes are recorded from general knowledge (flag U) and can be corrected by an administrator.

INSERT INTO national_agency (code, country_code, name, name_en, confirmed) VALUES
('AT01', 'AT', 'OeAD-GmbH - Agentur für Bildung und Internationalisierung', 'Austrian Agency for Education and Internationalisation', FALSE),
('AT02', 'AT', 'Interkulturelles Zentrum', 'Interkulturelles Zentrum (youth)', FALSE),
('BE01', 'BE', 'Agence francophone pour l''Education et la Formation tout au long de la vie', 'AEF-Europe (French Community)', FALSE),
('BE02', 'BE', 'Epos vzw', 'Epos (Flemish Community)', FALSE),
('BE03', 'BE', 'Jugendbüro der Deutschsprachigen Gemeinschaft', 'German-speaking Community agency', FALSE),
('BE04', 'BE', 'Bureau International Jeunesse', 'Bureau International Jeunesse (youth)', FALSE),
('BE05', 'BE', 'JINT vzw', 'JINT (youth, Flemish Community)', FALSE),
('BG01', 'BG', 'Център за развитие на човешките ресурси', 'Human Resource Development Centre', FALSE),
('CY01', 'CY', 'Ίδρυμα Διαχείρισης Ευρωπαϊκών Προγραμμάτων Διά Βίου Μάθησης', 'Foundation for the Management of European Lifelong Learning Programmes', FALSE),
('CZ01', 'CZ', 'Dům zahraniční spolupráce', 'Centre for International Cooperation in Education', FALSE),
('DE01', 'DE', 'Deutscher Akademischer Austauschdienst', 'German Academic Exchange Service (DAAD)', FALSE),
('DE02', 'DE', 'Nationale Agentur Bildung für Europa beim Bundesinstitut für Berufsbildung', 'National Agency at the Federal Institute for Vocational Education and Training (BIBB)', FALSE),
('DE03', 'DE', 'Pädagogischer Austauschdienst der Kultusministerkonferenz', 'Educational Exchange Service (PAD)', FALSE),
('DE04', 'DE', 'JUGEND für Europa', 'JUGEND für Europa (youth)', FALSE),
('DK01', 'DK', 'Uddannelses- og Forskningsstyrelsen', 'Danish Agency for Higher Education and Science', FALSE),
('EE01', 'EE', 'Haridus- ja Noorteamet', 'Education and Youth Board (Archimedes)', FALSE),
('EE02', 'EE', 'Sihtasutus Archimedes Noorteagentuur', 'Archimedes Youth Agency', FALSE),
('EL01', 'EL', 'Ίδρυμα Κρατικών Υποτροφιών', 'State Scholarships Foundation (IKY)', FALSE),
('EL02', 'EL', 'Ίδρυμα Νεολαίας και Δια Βίου Μάθησης', 'Youth and Lifelong Learning Foundation (INEDIVIM)', FALSE),
('ES01', 'ES', 'Servicio Español para la Internacionalización de la Educación', 'Spanish Service for the Internationalisation of Education (SEPIE)', FALSE),
('ES02', 'ES', 'Instituto de la Juventud', 'Spanish Youth Institute (INJUVE)', FALSE),
('FI01', 'FI', 'Opetushallitus', 'Finnish National Agency for Education', FALSE),
('FR01', 'FR', 'Agence Erasmus+ France / Education Formation', 'Erasmus+ France Education and Training Agency', FALSE),
('FR02', 'FR', 'Agence Erasmus+ France / Jeunesse & Sport', 'Erasmus+ France Youth and Sport Agency', FALSE),
('HR01', 'HR', 'Agencija za mobilnost i programe Europske unije', 'Agency for Mobility and EU Programmes', FALSE),
('HU01', 'HU', 'Tempus Közalapítvány', 'Tempus Public Foundation', FALSE),
('IE01', 'IE', 'Léargas', 'Léargas', FALSE),
('IE02', 'IE', 'Higher Education Authority', 'Higher Education Authority', FALSE),
('IS01', 'IS', 'Rannís', 'Icelandic Centre for Research (Rannís)', FALSE),
('IT01', 'IT', 'Istituto Nazionale per l''Analisi delle Politiche Pubbliche', 'INAPP (VET)', FALSE),
('IT02', 'IT', 'Istituto Nazionale Documentazione Innovazione Ricerca Educativa', 'INDIRE', FALSE),
('IT03', 'IT', 'Agenzia Nazionale per i Giovani', 'Italian National Youth Agency', FALSE),
('LI01', 'LI', 'Agentur für Internationale Bildungsangelegenheiten', 'Agency for International Education Affairs', FALSE),
('LT01', 'LT', 'Švietimo mainų paramos fondas', 'Education Exchanges Support Foundation', FALSE),
('LT02', 'LT', 'Jaunimo tarptautinio bendradarbiavimo agentūra', 'Agency of International Youth Cooperation', FALSE),
('LU01', 'LU', 'Anefore', 'Anefore', FALSE),
('LV01', 'LV', 'Valsts izglītības attīstības aģentūra', 'State Education Development Agency', TRUE),
('LV02', 'LV', 'Jaunatnes starptautisko programmu aģentūra', 'Agency for International Programmes for Youth', TRUE),
('MK01', 'MK', 'Национална агенција за европски образовни програми и мобилност', 'National Agency for European Educational Programmes and Mobility', FALSE),
('MT01', 'MT', 'European Union Programmes Agency', 'European Union Programmes Agency', FALSE),
('NL01', 'NL', 'Nationaal Agentschap Erasmus+ Onderwijs & Training', 'Erasmus+ National Agency Education and Training', FALSE),
('NL02', 'NL', 'Nederlands Jeugdinstituut', 'Netherlands Youth Institute', FALSE),
('NO01', 'NO', 'Direktoratet for høyere utdanning og kompetanse', 'Directorate for Higher Education and Skills', FALSE),
('NO02', 'NO', 'Barne-, ungdoms- og familiedirektoratet', 'Directorate for Children, Youth and Family Affairs', FALSE),
('PL01', 'PL', 'Fundacja Rozwoju Systemu Edukacji', 'Foundation for the Development of the Education System', FALSE),
('PT01', 'PT', 'Agência Nacional Erasmus+ Educação e Formação', 'Erasmus+ National Agency Education and Training', FALSE),
('PT02', 'PT', 'Agência Nacional Erasmus+ Juventude/Desporto', 'Erasmus+ National Agency Youth and Sport', FALSE),
('RO01', 'RO', 'Agenţia Naţională pentru Programe Comunitare în Domeniul Educaţiei şi Formării Profesionale', 'National Agency for Community Programmes in Education and Vocational Training', FALSE),
('RS01', 'RS', 'Fondacija Tempus', 'Tempus Foundation', FALSE),
('SE01', 'SE', 'Universitets- och högskolerådet', 'Swedish Council for Higher Education', FALSE),
('SE02', 'SE', 'Myndigheten för ungdoms- och civilsamhällesfrågor', 'Swedish Agency for Youth and Civil Society', FALSE),
('SI01', 'SI', 'Center RS za mobilnost in evropske programe izobraževanja in usposabljanja', 'CMEPIUS', FALSE),
('SI02', 'SI', 'Zavod MOVIT', 'MOVIT (youth)', FALSE),
('SK01', 'SK', 'Slovenská akademická asociácia pre medzinárodnú spoluprácu', 'Slovak Academic Association for International Cooperation (SAAIC)', FALSE),
('SK02', 'SK', 'IUVENTA - Slovenský inštitút mládeže', 'IUVENTA - Slovak Youth Institute', FALSE),
('TR01', 'TR', 'Avrupa Birliği Eğitim ve Gençlik Programları Merkezi Başkanlığı', 'Turkish National Agency', FALSE),
('UK01', 'UK', 'Erasmus+ UK National Agency (British Council and Ecorys UK)', 'Erasmus+ UK National Agency', FALSE);

-- Agencies that handle every action type of the five fields
INSERT INTO national_agency_action_type (agency_code, action_type_code)
SELECT a.code, t.code FROM national_agency a CROSS JOIN action_type t
WHERE a.code IN ('BE03', 'BG01', 'CY01', 'CZ01', 'DK01', 'FI01', 'HR01', 'HU01', 'IS01', 'LI01', 'LU01',
                 'MK01', 'MT01', 'PL01', 'RO01', 'RS01', 'TR01', 'UK01');

-- Agencies for the four education and training fields and school exchanges (not youth)
INSERT INTO national_agency_action_type (agency_code, action_type_code)
SELECT a.code, t.code FROM national_agency a CROSS JOIN action_type t
WHERE a.code IN ('AT01', 'BE01', 'BE02', 'EE01', 'EL01', 'ES01', 'FR01', 'LT01', 'LV01', 'NL01', 'NO01',
                 'PT01', 'SE01', 'SI01', 'SK01')
  AND t.code IN ('KA201', 'KA202', 'KA203', 'KA204', 'KA229');

-- Youth agencies
INSERT INTO national_agency_action_type (agency_code, action_type_code)
SELECT a.code, 'KA205' FROM national_agency a
WHERE a.code IN ('AT02', 'BE04', 'BE05', 'DE04', 'EE02', 'EL02', 'ES02', 'FR02', 'IT03', 'LT02', 'LV02',
                 'NL02', 'NO02', 'PT02', 'SE02', 'SI02', 'SK02');

-- Countries whose education fields are shared by several agencies
INSERT INTO national_agency_action_type (agency_code, action_type_code) VALUES
('DE01', 'KA203'), ('DE02', 'KA202'), ('DE02', 'KA204'), ('DE03', 'KA201'), ('DE03', 'KA229'),
('IE01', 'KA201'), ('IE01', 'KA202'), ('IE01', 'KA204'), ('IE01', 'KA205'), ('IE01', 'KA229'), ('IE02', 'KA203'),
('IT01', 'KA202'), ('IT02', 'KA201'), ('IT02', 'KA203'), ('IT02', 'KA204'), ('IT02', 'KA229');
