-- R-REP-01 figures by call year (rules file section 6, issue 19): the final report is due 60 days after the
-- project's end; the agency reminds the project on the end date and 53 days after it (P: Mobility Tool+ defaults as
-- described by a Polish NA page, which says "2 months").

INSERT INTO rule_figure (call_year, action_type, name, amount, status) VALUES
(2014, '*', 'FINAL_REPORT_DUE_DAYS', 60, 'P'),
(2014, '*', 'FINAL_REPORT_REMINDER_DAYS', 53, 'P'),
(2015, '*', 'FINAL_REPORT_DUE_DAYS', 60, 'P'),
(2015, '*', 'FINAL_REPORT_REMINDER_DAYS', 53, 'P'),
(2016, '*', 'FINAL_REPORT_DUE_DAYS', 60, 'P'),
(2016, '*', 'FINAL_REPORT_REMINDER_DAYS', 53, 'P'),
(2017, '*', 'FINAL_REPORT_DUE_DAYS', 60, 'P'),
(2017, '*', 'FINAL_REPORT_REMINDER_DAYS', 53, 'P'),
(2018, '*', 'FINAL_REPORT_DUE_DAYS', 60, 'P'),
(2018, '*', 'FINAL_REPORT_REMINDER_DAYS', 53, 'P'),
(2019, '*', 'FINAL_REPORT_DUE_DAYS', 60, 'P'),
(2019, '*', 'FINAL_REPORT_REMINDER_DAYS', 53, 'P'),
(2020, '*', 'FINAL_REPORT_DUE_DAYS', 60, 'P'),
(2020, '*', 'FINAL_REPORT_REMINDER_DAYS', 53, 'P');
