-- Action types of Key Action 2 Strategic Partnerships (rules file, conventions) and the priorities of the
-- 2019-2020 calls (application document 3). Field-specific codes are Sadarbe's own.

INSERT INTO action_type (code, field, name_en, name_lv, first_call_year, last_call_year) VALUES
('KA201', 'SCHOOL_EDUCATION', 'Strategic Partnerships for school education', 'Stratēģiskās partnerības skolu izglītības jomā', 2014, 2020),
('KA202', 'VOCATIONAL_EDUCATION_AND_TRAINING', 'Strategic Partnerships for vocational education and training', 'Stratēģiskās partnerības profesionālās izglītības un apmācības jomā', 2014, 2020),
('KA203', 'HIGHER_EDUCATION', 'Strategic Partnerships for higher education', 'Stratēģiskās partnerības augstākās izglītības jomā', 2014, 2020),
('KA204', 'ADULT_EDUCATION', 'Strategic Partnerships for adult education', 'Stratēģiskās partnerības pieaugušo izglītības jomā', 2014, 2020),
('KA205', 'YOUTH', 'Strategic Partnerships for youth', 'Stratēģiskās partnerības jaunatnes jomā', 2014, 2020),
('KA229', 'SCHOOL_EDUCATION', 'School Exchange Partnerships', 'Skolu apmaiņas partnerības', 2018, 2020);

INSERT INTO priority (code, field, name_en, name_lv, first_call_year, last_call_year) VALUES
('HZ-KEY-COMPETENCES', NULL, 'Achieving relevant and high-quality skills and competences', 'Atbilstošu un augstas kvalitātes prasmju un kompetenču apgūšana', 2019, 2020),
('HZ-SOCIAL-INCLUSION', NULL, 'Social inclusion', 'Sociālā iekļaušana', 2019, 2020),
('HZ-COMMON-VALUES', NULL, 'Common values, civic engagement and participation', 'Kopīgās vērtības, pilsoniskā iesaiste un līdzdalība', 2019, 2020),
('HZ-ENVIRONMENT-CLIMATE', NULL, 'Environmental and climate goals', 'Vides un klimata mērķi', 2019, 2020),
('HZ-DIGITAL-INNOVATION', NULL, 'Innovative practices in a digital era', 'Inovatīva prakse digitālajā laikmetā', 2019, 2020),
('HZ-SUPPORTING-EDUCATORS', NULL, 'Supporting educators', 'Atbalsts pedagogiem', 2019, 2020),
('HZ-TRANSPARENCY-RECOGNITION', NULL, 'Transparency and recognition of skills and qualifications', 'Prasmju un kvalifikāciju pārredzamība un atzīšana', 2019, 2020),
('HZ-SUSTAINABLE-INVESTMENT', NULL, 'Sustainable investment, quality and efficiency of education, training and youth systems', 'Ilgtspējīgi ieguldījumi, izglītības, apmācības un jaunatnes sistēmu kvalitāte un efektivitāte', 2019, 2020),
('HZ-CULTURAL-HERITAGE', NULL, 'Social and educational value of European cultural heritage', 'Eiropas kultūras mantojuma sociālā un izglītojošā vērtība', 2019, 2020),
('SE-LOW-ACHIEVEMENT', 'SCHOOL_EDUCATION', 'Tackling low achievement and early school leaving', 'Zemu mācību sasniegumu un priekšlaicīgas mācību pārtraukšanas mazināšana', 2019, 2020),
('SE-TEACHING-PROFESSION', 'SCHOOL_EDUCATION', 'Strengthening the profiles of the teaching professions', 'Pedagoga profesijas stiprināšana', 2019, 2020),
('SE-KEY-COMPETENCES', 'SCHOOL_EDUCATION', 'Developing key competences through whole-school approaches', 'Pamatkompetenču attīstība, iesaistot visu skolu', 2019, 2020),
('SE-EARLY-CHILDHOOD', 'SCHOOL_EDUCATION', 'Quality of early childhood education and care', 'Pirmsskolas izglītības un aprūpes kvalitāte', 2019, 2020),
('VET-WORK-BASED-LEARNING', 'VOCATIONAL_EDUCATION_AND_TRAINING', 'Work-based learning and apprenticeships', 'Darba vidē balstītas mācības un māceklība', 2019, 2020),
('VET-QUALITY-ASSURANCE', 'VOCATIONAL_EDUCATION_AND_TRAINING', 'Quality assurance mechanisms in VET', 'Kvalitātes nodrošināšana profesionālajā izglītībā', 2019, 2020),
('VET-TEACHERS-TRAINERS', 'VOCATIONAL_EDUCATION_AND_TRAINING', 'Continuous professional development of VET teachers and trainers', 'Profesionālās izglītības pedagogu un prakses vadītāju profesionālā pilnveide', 2019, 2020),
('VET-CONTINUING', 'VOCATIONAL_EDUCATION_AND_TRAINING', 'Access to and flexible pathways in continuing VET', 'Tālākizglītības pieejamība un elastīgi mācību ceļi', 2019, 2020),
('HE-SKILLS-MISMATCH', 'HIGHER_EDUCATION', 'Tackling skills gaps and mismatches', 'Prasmju trūkuma un neatbilstības mazināšana', 2019, 2020),
('HE-INCLUSIVE', 'HIGHER_EDUCATION', 'Building inclusive higher education systems', 'Iekļaujošas augstākās izglītības sistēmas veidošana', 2019, 2020),
('HE-INNOVATION', 'HIGHER_EDUCATION', 'Contributing to innovation by higher education institutions', 'Augstskolu ieguldījums inovācijā', 2019, 2020),
('HE-EFFECTIVE-SYSTEMS', 'HIGHER_EDUCATION', 'Effective and efficient higher education systems', 'Efektīvas un lietderīgas augstākās izglītības sistēmas', 2019, 2020),
('AE-LOW-SKILLED', 'ADULT_EDUCATION', 'Upskilling pathways for low-skilled adults', 'Prasmju pilnveides ceļi pieaugušajiem ar zemu prasmju līmeni', 2019, 2020),
('AE-OPPORTUNITIES', 'ADULT_EDUCATION', 'Extending and developing the competences of adult educators', 'Pieaugušo izglītotāju kompetenču paplašināšana un attīstība', 2019, 2020),
('AE-VALIDATION', 'ADULT_EDUCATION', 'Validation of non-formal and informal learning for adults', 'Neformālās un ikdienējās mācīšanās rezultātu atzīšana pieaugušajiem', 2019, 2020),
('YO-QUALITY-YOUTH-WORK', 'YOUTH', 'Promoting quality youth work', 'Kvalitatīva darba ar jaunatni veicināšana', 2019, 2020),
('YO-PARTICIPATION', 'YOUTH', 'Promoting empowerment and participation of young people', 'Jauniešu iespēcināšanas un līdzdalības veicināšana', 2019, 2020),
('YO-ENTREPRENEURSHIP', 'YOUTH', 'Promoting entrepreneurship education and social entrepreneurship among young people', 'Uzņēmējdarbības izglītības un sociālās uzņēmējdarbības veicināšana jauniešu vidū', 2019, 2020);
