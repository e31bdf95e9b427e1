-- R-PAY-01, R-PAY-02 and R-BUD-01 figures by call year (rules file section 6 and 4.6), for grant agreements and
-- payments (issue 18). Shares are fractions of the awarded grant:
-- one pre-financing: 80 % and the balance (C); one pre-financing paid in two instalments of 40 % each (U: the
-- split is the agency's); two pre-financings of 40 % each, the second after an approved interim report (P); the
-- first payment falls due within 30 days of entry into force (C); the second pre-financing is paid in full only when
-- the interim report shows 70 % of the previous pre-financing used, otherwise reduced by the unused part (P);
-- transfers between budget categories of at most 20 % of the category they leave (U: the exact limits are the
-- agreement's, rules file 4.6 "Exact transfer percentages").

INSERT INTO rule_figure (call_year, action_type, name, amount, status) VALUES
(2014, '*', 'PAYMENT_PREFINANCING_SHARE_ONE_PREFINANCING', 0.8, 'C'),
(2014, '*', 'PAYMENT_INSTALMENT_SHARE_PREFINANCING_IN_TWO_INSTALMENTS', 0.4, 'U'),
(2014, '*', 'PAYMENT_PREFINANCING_SHARE_TWO_PREFINANCINGS', 0.4, 'P'),
(2014, '*', 'PAYMENT_FIRST_DUE_DAYS', 30, 'C'),
(2014, '*', 'PAYMENT_SECOND_PREFINANCING_USE_THRESHOLD', 0.7, 'P'),
(2014, '*', 'BUDGET_TRANSFER_LIMIT_SHARE', 0.2, 'U'),
(2015, '*', 'PAYMENT_PREFINANCING_SHARE_ONE_PREFINANCING', 0.8, 'C'),
(2015, '*', 'PAYMENT_INSTALMENT_SHARE_PREFINANCING_IN_TWO_INSTALMENTS', 0.4, 'U'),
(2015, '*', 'PAYMENT_PREFINANCING_SHARE_TWO_PREFINANCINGS', 0.4, 'P'),
(2015, '*', 'PAYMENT_FIRST_DUE_DAYS', 30, 'C'),
(2015, '*', 'PAYMENT_SECOND_PREFINANCING_USE_THRESHOLD', 0.7, 'P'),
(2015, '*', 'BUDGET_TRANSFER_LIMIT_SHARE', 0.2, 'U'),
(2016, '*', 'PAYMENT_PREFINANCING_SHARE_ONE_PREFINANCING', 0.8, 'C'),
(2016, '*', 'PAYMENT_INSTALMENT_SHARE_PREFINANCING_IN_TWO_INSTALMENTS', 0.4, 'U'),
(2016, '*', 'PAYMENT_PREFINANCING_SHARE_TWO_PREFINANCINGS', 0.4, 'P'),
(2016, '*', 'PAYMENT_FIRST_DUE_DAYS', 30, 'C'),
(2016, '*', 'PAYMENT_SECOND_PREFINANCING_USE_THRESHOLD', 0.7, 'P'),
(2016, '*', 'BUDGET_TRANSFER_LIMIT_SHARE', 0.2, 'U'),
(2017, '*', 'PAYMENT_PREFINANCING_SHARE_ONE_PREFINANCING', 0.8, 'C'),
(2017, '*', 'PAYMENT_INSTALMENT_SHARE_PREFINANCING_IN_TWO_INSTALMENTS', 0.4, 'U'),
(2017, '*', 'PAYMENT_PREFINANCING_SHARE_TWO_PREFINANCINGS', 0.4, 'P'),
(2017, '*', 'PAYMENT_FIRST_DUE_DAYS', 30, 'C'),
(2017, '*', 'PAYMENT_SECOND_PREFINANCING_USE_THRESHOLD', 0.7, 'P'),
(2017, '*', 'BUDGET_TRANSFER_LIMIT_SHARE', 0.2, 'U'),
(2018, '*', 'PAYMENT_PREFINANCING_SHARE_ONE_PREFINANCING', 0.8, 'C'),
(2018, '*', 'PAYMENT_INSTALMENT_SHARE_PREFINANCING_IN_TWO_INSTALMENTS', 0.4, 'U'),
(2018, '*', 'PAYMENT_PREFINANCING_SHARE_TWO_PREFINANCINGS', 0.4, 'P'),
(2018, '*', 'PAYMENT_FIRST_DUE_DAYS', 30, 'C'),
(2018, '*', 'PAYMENT_SECOND_PREFINANCING_USE_THRESHOLD', 0.7, 'P'),
(2018, '*', 'BUDGET_TRANSFER_LIMIT_SHARE', 0.2, 'U'),
(2019, '*', 'PAYMENT_PREFINANCING_SHARE_ONE_PREFINANCING', 0.8, 'C'),
(2019, '*', 'PAYMENT_INSTALMENT_SHARE_PREFINANCING_IN_TWO_INSTALMENTS', 0.4, 'U'),
(2019, '*', 'PAYMENT_PREFINANCING_SHARE_TWO_PREFINANCINGS', 0.4, 'P'),
(2019, '*', 'PAYMENT_FIRST_DUE_DAYS', 30, 'C'),
(2019, '*', 'PAYMENT_SECOND_PREFINANCING_USE_THRESHOLD', 0.7, 'P'),
(2019, '*', 'BUDGET_TRANSFER_LIMIT_SHARE', 0.2, 'U'),
(2020, '*', 'PAYMENT_PREFINANCING_SHARE_ONE_PREFINANCING', 0.8, 'C'),
(2020, '*', 'PAYMENT_INSTALMENT_SHARE_PREFINANCING_IN_TWO_INSTALMENTS', 0.4, 'U'),
(2020, '*', 'PAYMENT_PREFINANCING_SHARE_TWO_PREFINANCINGS', 0.4, 'P'),
(2020, '*', 'PAYMENT_FIRST_DUE_DAYS', 30, 'C'),
(2020, '*', 'PAYMENT_SECOND_PREFINANCING_USE_THRESHOLD', 0.7, 'P'),
(2020, '*', 'BUDGET_TRANSFER_LIMIT_SHARE', 0.2, 'U');
