-- Issue 20, item 1: the directory of where to get information (the seed page: "your National Agency, the national
-- Erasmus+ offices in Partner Countries, or the European Commission"). Every agency's contacts as far as they are
-- known here: recorded from general knowledge, all unconfirmed (flag U) until an administrator checks and confirms
-- them on /admin/contacts; an empty value means not recorded. LV01 and LV02 (V300) are left as they are.
INSERT INTO national_agency_contact (agency_code, address, website, email, phone, registration_number, confirmed)
SELECT a.code, '', '', '', '', '', FALSE FROM national_agency a
WHERE NOT EXISTS (SELECT 1 FROM national_agency_contact c WHERE c.agency_code = a.code);

UPDATE national_agency_contact SET website = 'https://oead.at', address = 'Ebendorferstraße 7, 1010 Wien, Österreich' WHERE agency_code = 'AT01' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://iz.or.at', address = 'Wien, Österreich' WHERE agency_code = 'AT02' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://www.aef-europe.be', address = 'Bruxelles, Belgique' WHERE agency_code = 'BE01' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://www.epos-vlaanderen.be', address = 'Brussel, België' WHERE agency_code = 'BE02' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://www.jugendbuero.be', address = 'Eupen, Belgien' WHERE agency_code = 'BE03' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://www.lebij.be', address = 'Bruxelles, Belgique' WHERE agency_code = 'BE04' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://www.jint.be', address = 'Brussel, België' WHERE agency_code = 'BE05' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://hrdc.bg', address = 'София, България' WHERE agency_code = 'BG01' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://www.erasmusplus.cy', address = 'Λευκωσία, Κύπρος' WHERE agency_code = 'CY01' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://www.dzs.cz', address = 'Na Poříčí 1035/4, 110 00 Praha 1, Česko' WHERE agency_code = 'CZ01' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://eu.daad.de', address = 'Kennedyallee 50, 53175 Bonn, Deutschland' WHERE agency_code = 'DE01' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://www.na-bibb.de', address = 'Robert-Schuman-Platz 3, 53175 Bonn, Deutschland' WHERE agency_code = 'DE02' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://www.kmk-pad.org', address = 'Bonn, Deutschland' WHERE agency_code = 'DE03' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://www.jugendfuereuropa.de', address = 'Godesberger Allee 142-148, 53175 Bonn, Deutschland' WHERE agency_code = 'DE04' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://ufm.dk', address = 'København, Danmark' WHERE agency_code = 'DK01' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://harno.ee', address = 'Tallinn, Eesti' WHERE agency_code = 'EE01' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://noored.ee', address = 'Tallinn, Eesti' WHERE agency_code = 'EE02' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://www.iky.gr', address = 'Αθήνα, Ελλάδα' WHERE agency_code = 'EL01' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://www.inedivim.gr', address = 'Αθήνα, Ελλάδα' WHERE agency_code = 'EL02' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'http://www.sepie.es', address = 'Madrid, España' WHERE agency_code = 'ES01' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'http://www.injuve.es', address = 'Madrid, España' WHERE agency_code = 'ES02' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://www.oph.fi', address = 'Helsinki, Suomi' WHERE agency_code = 'FI01' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://agence.erasmusplus.fr', address = 'Bordeaux, France' WHERE agency_code = 'FR01' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://www.erasmusplus-jeunesse.fr', address = 'Paris, France' WHERE agency_code = 'FR02' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://www.ampeu.hr', address = 'Zagreb, Hrvatska' WHERE agency_code = 'HR01' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://tka.hu', address = 'Budapest, Magyarország' WHERE agency_code = 'HU01' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://www.leargas.ie', address = 'Dublin, Ireland' WHERE agency_code = 'IE01' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://hea.ie', address = 'Dublin, Ireland' WHERE agency_code = 'IE02' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://www.rannis.is', address = 'Reykjavík, Ísland' WHERE agency_code = 'IS01' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://www.erasmusplus.it', address = 'Roma, Italia' WHERE agency_code = 'IT01' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://www.erasmusplus.it', address = 'Firenze, Italia' WHERE agency_code = 'IT02' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://agenziagiovani.it', address = 'Roma, Italia' WHERE agency_code = 'IT03' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://www.aiba.llv.li', address = 'Vaduz, Liechtenstein' WHERE agency_code = 'LI01' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://www.smpf.lt', address = 'Vilnius, Lietuva' WHERE agency_code = 'LT01' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://jtba.lt', address = 'Vilnius, Lietuva' WHERE agency_code = 'LT02' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://www.anefore.lu', address = 'Luxembourg' WHERE agency_code = 'LU01' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://www.na.org.mk', address = 'Скопје, Северна Македонија' WHERE agency_code = 'MK01' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://eupa.org.mt', address = 'Malta' WHERE agency_code = 'MT01' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://www.erasmusplus.nl', address = 'Den Haag, Nederland' WHERE agency_code = 'NL01' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://www.erasmusplus.nl', address = 'Utrecht, Nederland' WHERE agency_code = 'NL02' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://hkdir.no', address = 'Bergen, Norge' WHERE agency_code = 'NO01' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://www.bufdir.no', address = 'Oslo, Norge' WHERE agency_code = 'NO02' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://www.frse.org.pl', address = 'Aleje Jerozolimskie 142a, 02-305 Warszawa, Polska' WHERE agency_code = 'PL01' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://www.erasmusmais.pt', address = 'Lisboa, Portugal' WHERE agency_code = 'PT01' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://www.juventude.pt', address = 'Lisboa, Portugal' WHERE agency_code = 'PT02' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://www.anpcdefp.ro', address = 'București, România' WHERE agency_code = 'RO01' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://erasmusplus.rs', address = 'Beograd, Srbija' WHERE agency_code = 'RS01' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://www.uhr.se', address = 'Stockholm, Sverige' WHERE agency_code = 'SE01' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://www.mucf.se', address = 'Växjö, Sverige' WHERE agency_code = 'SE02' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://www.cmepius.si', address = 'Ljubljana, Slovenija' WHERE agency_code = 'SI01' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://www.movit.si', address = 'Ljubljana, Slovenija' WHERE agency_code = 'SI02' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://www.saaic.sk', address = 'Bratislava, Slovensko' WHERE agency_code = 'SK01' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://www.iuventa.sk', address = 'Bratislava, Slovensko' WHERE agency_code = 'SK02' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://www.ua.gov.tr', address = 'Ankara, Türkiye' WHERE agency_code = 'TR01' AND confirmed = FALSE;
UPDATE national_agency_contact SET website = 'https://www.erasmusplus.org.uk', address = 'United Kingdom' WHERE agency_code = 'UK01' AND confirmed = FALSE;

-- National Erasmus+ offices of Partner Countries (kind NATIONAL_OFFICE) and the European Commission (kind
-- COMMISSION): how to reach them, all unconfirmed (flag U) until an administrator confirms them.
CREATE TABLE information_contact (
    code          VARCHAR(20)   NOT NULL PRIMARY KEY,
    kind          VARCHAR(20)   NOT NULL CHECK (kind IN ('NATIONAL_OFFICE', 'COMMISSION')),
    country_code  VARCHAR(2),
    name          VARCHAR(300)  NOT NULL,
    name_en       VARCHAR(300)  NOT NULL,
    address       VARCHAR(500)  NOT NULL,
    website       VARCHAR(300)  NOT NULL,
    email         VARCHAR(254)  NOT NULL,
    phone         VARCHAR(60)   NOT NULL,
    confirmed     BOOLEAN       NOT NULL
);

INSERT INTO information_contact (code, kind, country_code, name, name_en, address, website, email, phone, confirmed) VALUES
('EC-EAC', 'COMMISSION', NULL, 'Eiropas Komisija, Izglītības, jaunatnes, sporta un kultūras ģenerāldirektorāts', 'European Commission, Directorate-General for Education, Youth, Sport and Culture', 'B-1049 Bruxelles/Brussel, Belgique/België', 'https://erasmus-plus.ec.europa.eu', '', '', FALSE),
('EC-EACEA', 'COMMISSION', NULL, 'Izglītības, audiovizuālās jomas un kultūras izpildaģentūra (EACEA)', 'European Education and Culture Executive Agency (EACEA)', 'B-1049 Bruxelles/Brussel, Belgique/België', 'https://www.eacea.ec.europa.eu', '', '', FALSE),
('EC-EUROPEDIRECT', 'COMMISSION', NULL, 'Europe Direct: jautājumi par Eiropas Savienību', 'Europe Direct: questions about the European Union', '', 'https://european-union.europa.eu/contact-eu_en', '', '00 800 6 7 8 9 10 11', FALSE),
('NEO-AL', 'NATIONAL_OFFICE', 'AL', 'Erasmus+ nacionālais birojs Albānijā', 'National Erasmus+ Office Albania', 'Tirana, Albania', '', '', '', FALSE),
('NEO-AM', 'NATIONAL_OFFICE', 'AM', 'Erasmus+ nacionālais birojs Armēnijā', 'National Erasmus+ Office Armenia', 'Yerevan, Armenia', '', '', '', FALSE),
('NEO-AZ', 'NATIONAL_OFFICE', 'AZ', 'Erasmus+ nacionālais birojs Azerbaidžānā', 'National Erasmus+ Office Azerbaijan', 'Baku, Azerbaijan', '', '', '', FALSE),
('NEO-BA', 'NATIONAL_OFFICE', 'BA', 'Erasmus+ nacionālais birojs Bosnijā un Hercegovinā', 'National Erasmus+ Office Bosnia and Herzegovina', 'Sarajevo, Bosnia and Herzegovina', '', '', '', FALSE),
('NEO-BY', 'NATIONAL_OFFICE', 'BY', 'Erasmus+ nacionālais birojs Baltkrievijā', 'National Erasmus+ Office Belarus', 'Minsk, Belarus', '', '', '', FALSE),
('NEO-DZ', 'NATIONAL_OFFICE', 'DZ', 'Erasmus+ nacionālais birojs Alžīrijā', 'National Erasmus+ Office Algeria', 'Algiers, Algeria', '', '', '', FALSE),
('NEO-EG', 'NATIONAL_OFFICE', 'EG', 'Erasmus+ nacionālais birojs Ēģiptē', 'National Erasmus+ Office Egypt', 'Cairo, Egypt', '', '', '', FALSE),
('NEO-GE', 'NATIONAL_OFFICE', 'GE', 'Erasmus+ nacionālais birojs Gruzijā', 'National Erasmus+ Office Georgia', 'Tbilisi, Georgia', '', '', '', FALSE),
('NEO-IL', 'NATIONAL_OFFICE', 'IL', 'Erasmus+ nacionālais birojs Izraēlā', 'National Erasmus+ Office Israel', 'Jerusalem, Israel', '', '', '', FALSE),
('NEO-JO', 'NATIONAL_OFFICE', 'JO', 'Erasmus+ nacionālais birojs Jordānijā', 'National Erasmus+ Office Jordan', 'Amman, Jordan', '', '', '', FALSE),
('NEO-KZ', 'NATIONAL_OFFICE', 'KZ', 'Erasmus+ nacionālais birojs Kazahstānā', 'National Erasmus+ Office Kazakhstan', 'Astana, Kazakhstan', '', '', '', FALSE),
('NEO-LB', 'NATIONAL_OFFICE', 'LB', 'Erasmus+ nacionālais birojs Libānā', 'National Erasmus+ Office Lebanon', 'Beirut, Lebanon', '', '', '', FALSE),
('NEO-MA', 'NATIONAL_OFFICE', 'MA', 'Erasmus+ nacionālais birojs Marokā', 'National Erasmus+ Office Morocco', 'Rabat, Morocco', '', '', '', FALSE),
('NEO-MD', 'NATIONAL_OFFICE', 'MD', 'Erasmus+ nacionālais birojs Moldovā', 'National Erasmus+ Office Moldova', 'Chișinău, Moldova', '', '', '', FALSE),
('NEO-ME', 'NATIONAL_OFFICE', 'ME', 'Erasmus+ nacionālais birojs Melnkalnē', 'National Erasmus+ Office Montenegro', 'Podgorica, Montenegro', '', '', '', FALSE),
('NEO-PS', 'NATIONAL_OFFICE', 'PS', 'Erasmus+ nacionālais birojs Palestīnā', 'National Erasmus+ Office Palestine', 'Ramallah, Palestine', '', '', '', FALSE),
('NEO-RU', 'NATIONAL_OFFICE', 'RU', 'Erasmus+ nacionālais birojs Krievijā', 'National Erasmus+ Office Russia', 'Moscow, Russia', '', '', '', FALSE),
('NEO-TN', 'NATIONAL_OFFICE', 'TN', 'Erasmus+ nacionālais birojs Tunisijā', 'National Erasmus+ Office Tunisia', 'Tunis, Tunisia', '', '', '', FALSE),
('NEO-UA', 'NATIONAL_OFFICE', 'UA', 'Erasmus+ nacionālais birojs Ukrainā', 'National Erasmus+ Office Ukraine', 'Kyiv, Ukraine', '', '', '', FALSE),
('NEO-XK', 'NATIONAL_OFFICE', 'XK', 'Erasmus+ nacionālais birojs Kosovā', 'National Erasmus+ Office Kosovo', 'Pristina, Kosovo', '', '', '', FALSE);
