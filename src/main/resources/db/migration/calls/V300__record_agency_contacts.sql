-- Issue 17 (letterhead) and issue 20 (directory of National Agencies): each agency's postal address, website,
-- e-mail, telephone and registration number. One row per agency; administrators correct them. `confirmed` is
-- false where the details are recorded from general knowledge and still to be checked (rules file flag U).
CREATE TABLE national_agency_contact (
    agency_code          VARCHAR(4)    NOT NULL PRIMARY KEY REFERENCES national_agency (code),
    address              VARCHAR(500)  NOT NULL,
    website              VARCHAR(300)  NOT NULL,
    email                VARCHAR(254)  NOT NULL,
    phone                VARCHAR(60)   NOT NULL,
    registration_number  VARCHAR(60)   NOT NULL,
    confirmed            BOOLEAN       NOT NULL
);

INSERT INTO national_agency_contact (agency_code, address, website, email, phone, registration_number, confirmed) VALUES
('LV01', 'Vaļņu iela 3, Rīga, LV-1050, Latvija', 'https://www.viaa.gov.lv', 'info@viaa.gov.lv', '+371 67785420', '90001800413', FALSE),
('LV02', 'Mūkusalas iela 41, Rīga, LV-1004, Latvija', 'https://jaunatne.gov.lv', 'info@jaunatne.gov.lv', '+371 67358065', '90001447283', FALSE);
