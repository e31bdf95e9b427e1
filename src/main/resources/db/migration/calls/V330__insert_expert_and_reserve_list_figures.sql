-- Issue 14, item 6: rule figures, not literals (R-GEN-01).
-- R-AWD-03: two independent experts per application (rules file 10, "2 experts", P): how many experts the
-- assignment suggests and how many regular assessments the consolidation waits for before the third expert.
-- R-AWD-05: the reserve list (rules file 3.2, "NAs keep a reserve list", P). The rules file gives no size: the size a
-- new envelope starts with (10) and the largest an officer may set (500) are the agency's, hence U.

INSERT INTO rule_figure (call_year, action_type, name, amount, status) VALUES
(2014, '*', 'AWARD_EXPERTS_PER_APPLICATION', 2, 'P'),
(2014, '*', 'RESERVE_LIST_DEFAULT_SIZE', 10, 'U'),
(2014, '*', 'RESERVE_LIST_MAXIMUM_SIZE', 500, 'U'),
(2015, '*', 'AWARD_EXPERTS_PER_APPLICATION', 2, 'P'),
(2015, '*', 'RESERVE_LIST_DEFAULT_SIZE', 10, 'U'),
(2015, '*', 'RESERVE_LIST_MAXIMUM_SIZE', 500, 'U'),
(2016, '*', 'AWARD_EXPERTS_PER_APPLICATION', 2, 'P'),
(2016, '*', 'RESERVE_LIST_DEFAULT_SIZE', 10, 'U'),
(2016, '*', 'RESERVE_LIST_MAXIMUM_SIZE', 500, 'U'),
(2017, '*', 'AWARD_EXPERTS_PER_APPLICATION', 2, 'P'),
(2017, '*', 'RESERVE_LIST_DEFAULT_SIZE', 10, 'U'),
(2017, '*', 'RESERVE_LIST_MAXIMUM_SIZE', 500, 'U'),
(2018, '*', 'AWARD_EXPERTS_PER_APPLICATION', 2, 'P'),
(2018, '*', 'RESERVE_LIST_DEFAULT_SIZE', 10, 'U'),
(2018, '*', 'RESERVE_LIST_MAXIMUM_SIZE', 500, 'U'),
(2019, '*', 'AWARD_EXPERTS_PER_APPLICATION', 2, 'P'),
(2019, '*', 'RESERVE_LIST_DEFAULT_SIZE', 10, 'U'),
(2019, '*', 'RESERVE_LIST_MAXIMUM_SIZE', 500, 'U'),
(2020, '*', 'AWARD_EXPERTS_PER_APPLICATION', 2, 'P'),
(2020, '*', 'RESERVE_LIST_DEFAULT_SIZE', 10, 'U'),
(2020, '*', 'RESERVE_LIST_MAXIMUM_SIZE', 500, 'U');
