-- Figures the budget and eligibility rules need beyond V6 (issue 3):
-- R-FIN-08 individual support: the reduced daily rate starts on day 15, daily rates apply up to day 60
-- (longer activities use monthly country rates, not captured yet: rules file 4.5, flag U);
-- linguistic support for activities of 2 to 12 months, counted in days (rules file 4.2, flag U);
-- R-ELIG-10: 1 where organisations are identified by OID (calls from 2020), 0 where by PIC (calls up to 2019).

INSERT INTO rule_figure (call_year, action_type, name, amount, status) VALUES
(2014, '*', 'LTTA_REDUCED_RATE_FROM_DAY', 15, 'U'),
(2014, '*', 'LTTA_DAILY_RATES_UP_TO_DAY', 60, 'U'),
(2014, '*', 'LINGUISTIC_SUPPORT_MINIMUM_DAYS', 60, 'U'),
(2014, '*', 'LINGUISTIC_SUPPORT_MAXIMUM_DAYS', 365, 'U'),
(2014, '*', 'OID_IDENTIFIES_ORGANISATIONS', 0, 'C'),
(2015, '*', 'LTTA_REDUCED_RATE_FROM_DAY', 15, 'U'),
(2015, '*', 'LTTA_DAILY_RATES_UP_TO_DAY', 60, 'U'),
(2015, '*', 'LINGUISTIC_SUPPORT_MINIMUM_DAYS', 60, 'U'),
(2015, '*', 'LINGUISTIC_SUPPORT_MAXIMUM_DAYS', 365, 'U'),
(2015, '*', 'OID_IDENTIFIES_ORGANISATIONS', 0, 'C'),
(2016, '*', 'LTTA_REDUCED_RATE_FROM_DAY', 15, 'U'),
(2016, '*', 'LTTA_DAILY_RATES_UP_TO_DAY', 60, 'U'),
(2016, '*', 'LINGUISTIC_SUPPORT_MINIMUM_DAYS', 60, 'U'),
(2016, '*', 'LINGUISTIC_SUPPORT_MAXIMUM_DAYS', 365, 'U'),
(2016, '*', 'OID_IDENTIFIES_ORGANISATIONS', 0, 'C'),
(2017, '*', 'LTTA_REDUCED_RATE_FROM_DAY', 15, 'U'),
(2017, '*', 'LTTA_DAILY_RATES_UP_TO_DAY', 60, 'U'),
(2017, '*', 'LINGUISTIC_SUPPORT_MINIMUM_DAYS', 60, 'U'),
(2017, '*', 'LINGUISTIC_SUPPORT_MAXIMUM_DAYS', 365, 'U'),
(2017, '*', 'OID_IDENTIFIES_ORGANISATIONS', 0, 'C'),
(2018, '*', 'LTTA_REDUCED_RATE_FROM_DAY', 15, 'U'),
(2018, '*', 'LTTA_DAILY_RATES_UP_TO_DAY', 60, 'U'),
(2018, '*', 'LINGUISTIC_SUPPORT_MINIMUM_DAYS', 60, 'U'),
(2018, '*', 'LINGUISTIC_SUPPORT_MAXIMUM_DAYS', 365, 'U'),
(2018, '*', 'OID_IDENTIFIES_ORGANISATIONS', 0, 'C'),
(2019, '*', 'LTTA_REDUCED_RATE_FROM_DAY', 15, 'U'),
(2019, '*', 'LTTA_DAILY_RATES_UP_TO_DAY', 60, 'U'),
(2019, '*', 'LINGUISTIC_SUPPORT_MINIMUM_DAYS', 60, 'U'),
(2019, '*', 'LINGUISTIC_SUPPORT_MAXIMUM_DAYS', 365, 'U'),
(2019, '*', 'OID_IDENTIFIES_ORGANISATIONS', 0, 'C'),
(2020, '*', 'LTTA_REDUCED_RATE_FROM_DAY', 15, 'U'),
(2020, '*', 'LTTA_DAILY_RATES_UP_TO_DAY', 60, 'U'),
(2020, '*', 'LINGUISTIC_SUPPORT_MINIMUM_DAYS', 60, 'U'),
(2020, '*', 'LINGUISTIC_SUPPORT_MAXIMUM_DAYS', 365, 'U'),
(2020, '*', 'OID_IDENTIFIES_ORGANISATIONS', 1, 'C');
